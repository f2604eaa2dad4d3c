package io.ostock.platform.metrics;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Names the route a request matched, as its path template ({@code /v1/organizations/{organizationId}}),
 * for {@link RequestMetrics}: a request property, which in a servlet container is also a request
 * attribute that the servlet filter timing the request reads when it is done.
 */
@Provider
public class RouteFilter implements ContainerRequestFilter {

    public static final String ROUTE_ATTRIBUTE = "io.ostock.route";

    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            request.setProperty(ROUTE_ATTRIBUTE, TEMPLATES.computeIfAbsent(method, unused ->
                    template(request.getUriInfo().getBaseUri().getPath(), resource.getResourceClass(), method)));
        }
    }

    /** The application's base path (/v1/), then the class's and the method's @Path. */
    static String template(String basePath, Class<?> resourceClass, Method method) {
        String template = join(join(trimmed(basePath), resourceClass.getAnnotation(Path.class)),
                method.getAnnotation(Path.class));
        return template.isEmpty() ? "/" : template;
    }

    private static String join(String prefix, Path path) {
        return path == null ? prefix : prefix + trimmed(path.value());
    }

    /** "/a/b" for "a/b", "/a/b/" or "a/b/"; "" for "" and "/". */
    private static String trimmed(String path) {
        String inner = path.replaceAll("^/+|/+$", "");
        return inner.isEmpty() ? "" : "/" + inner;
    }
}
