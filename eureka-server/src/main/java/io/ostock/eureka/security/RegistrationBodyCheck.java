package io.ostock.eureka.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's registration names its application twice, in the path and in the body, and Eureka
 * files it under the body's. So a service's account, which may write only its own application's
 * path, must not register an instance whose body names another: this check refuses that (403), and
 * anything but a JSON body (415) or an oversized one (413), before Eureka reads it. The peers'
 * replication is trusted as it is.
 */
final class RegistrationBodyCheck extends OncePerRequestFilter {

    private static final Pattern REGISTRATION = Pattern.compile("/eureka/apps/([^/]+)/?");
    /** A registration is about 1 KiB; metadata included, 64 KiB is plenty. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher registration = REGISTRATION.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !registration.matches()
                || RegistrySecurity.isPeer(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        if (!isJson(request.getContentType())) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Register with a JSON body");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Registration body too large");
            return;
        }
        String pathApp = URLDecoder.decode(registration.group(1), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        String bodyApp;
        try {
            bodyApp = JSON.readTree(body).path("instance").path("app").asText("").toUpperCase(Locale.ROOT);
        } catch (IOException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The registration is not JSON");
            return;
        }
        if (!pathApp.equals(bodyApp)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "A service registers instances of its own application only");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** The request with its body, already read, to be read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
