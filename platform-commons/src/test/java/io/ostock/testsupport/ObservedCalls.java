package io.ostock.testsupport;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every (method, path, status) the integration tests of this JVM saw through {@link Api}, so that
 * {@link ApiDocumentCoverage} can hold a service's OpenAPI document to what the service really answers.
 */
public final class ObservedCalls {

    /** One answer a test saw; path is the raw path of the request, without its query. */
    public record Call(String baseUrl, String method, String path, int status) {
        @Override
        public String toString() {
            return method + " " + path + " -> " + status;
        }
    }

    private static final Set<Call> CALLS = ConcurrentHashMap.newKeySet();

    private ObservedCalls() {
    }

    static void record(String baseUrl, String method, URI uri, int status) {
        CALLS.add(new Call(baseUrl, method, uri.getRawPath(), status));
    }

    /** The calls made to one server (its URL with or without a final /), in a stable order. */
    public static List<Call> at(String baseUrl) {
        String server = baseUrl.replaceAll("/+$", "");
        return CALLS.stream().filter(call -> call.baseUrl().equals(server))
                .sorted(Comparator.comparing(Call::path).thenComparing(Call::method).thenComparing(Call::status))
                .toList();
    }
}
