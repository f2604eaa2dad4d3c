package io.ostock.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one JDK HTTP client of a service, for its own calls to the platform's servers (the Eureka peers,
 * Keycloak's JWKS and token endpoints, its own readiness check): one connection pool and one set of
 * threads instead of one per caller. Each request sets its own timeout; the connect timeout is
 * {@code http.client.connect-timeout.ms}.
 */
@ApplicationScoped
public class HttpClientProducer {

    @Produces
    @Singleton
    HttpClient httpClient(@ConfigProperty(name = "http.client.connect-timeout.ms", defaultValue = "1000")
                          long connectTimeoutMillis) {
        return HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMillis)).build();
    }
}
