package io.ostock.platform.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.ostock.platform.metrics.RequestMetrics;
import io.ostock.platform.metrics.RouteFilter;
import io.ostock.platform.problem.BareErrorAnswers;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static net.logstash.logback.argument.StructuredArguments.kv;

import java.io.IOException;
import java.time.Duration;

/**
 * Takes X-Correlation-ID from the request (or makes one), echoes it in the response and puts it in
 * the MDC so that every log line written while serving the request carries it, with the request's
 * trace and span ids once the REST layer has started its span ({@link TraceIdsFilter}). A servlet filter
 * rather than a JAX-RS one: it also covers requests that never reach a resource. It also writes one
 * access line per request (method, path, status, duration), so every request has at least one line,
 * and counts it in {@link RequestMetrics}.
 * Being the outermost code of every request, it also gives the bare 401 of Liberty's token check a
 * problem+json body, and so does a failure that escapes everything else, such as the 404 of a path
 * outside the REST application ({@link BareErrorAnswers}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CorrelationIdFilter extends HttpFilter {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.ostock.access");
    private static final Logger LOG = LoggerFactory.getLogger(CorrelationIdFilter.class);

    @Inject
    RequestMetrics requestMetrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = CorrelationId.acceptOrGenerate(request.getHeader(CorrelationId.HEADER));
        MDC.put(CorrelationId.MDC_KEY, id);
        response.setHeader(CorrelationId.HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
            BareErrorAnswers.completeIfBare(request, response);
        } catch (IOException | ServletException | RuntimeException escaped) {
            if (!BareErrorAnswers.answerEscaped(request, response)) {
                throw escaped;
            }
            LOG.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), escaped);
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            ACCESS.info("{} {} {} {}", kv("method", request.getMethod()), kv("path", request.getRequestURI()),
                    kv("status", response.getStatus()), kv("duration_ms", took.toMillis()));
            requestMetrics.record(request.getMethod(), (String) request.getAttribute(RouteFilter.ROUTE_ATTRIBUTE),
                    response.getStatus(), took);
            MDC.remove(CorrelationId.MDC_KEY);
            TraceIds.clear();
        }
    }
}
