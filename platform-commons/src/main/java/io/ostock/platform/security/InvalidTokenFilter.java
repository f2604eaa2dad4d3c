package io.ostock.platform.security;

import io.ostock.platform.problem.ProblemResponses;
import io.ostock.platform.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, with a 401 problem and before MP-JWT sees it, every {@code Authorization} header that is
 * not exactly {@code Bearer <JWS>} (one space, a compact JWS of three base64url parts, nothing else:
 * other schemes, other spacing, several headers), and every bearer token that is not RS256 or whose
 * signature does not verify with the identity provider's keys (JWKS at jwks.url, i.e. JWKS_URL).
 * MP-JWT writes the text of a header it cannot use into its FFDC files and diagnostics log, where
 * no token belongs. Everything else (expiry, issuer, audience, roles) stays MP-JWT's call.
 *
 * <p>It comes first because MP-JWT runs late: server.xml sets
 * {@code useAuthenticationDataForUnprotectedResource="false"}, so Liberty authenticates a request
 * only when a resource's roles are checked (its JAX-RS authorization filter, after every pre-matching
 * filter), not before the application runs.</p>
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class InvalidTokenFilter implements ContainerRequestFilter {

    /** What MP-JWT reads: the scheme as RFC 6750 writes it, one space, a compact JWS. */
    private static final Pattern WELL_FORMED_BEARER =
            Pattern.compile("Bearer ([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    /** How often, at most, an unknown key id makes the keys be read again. */
    private static final Duration KEY_REFETCH_INTERVAL = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "jwks.url")
    Optional<String> jwksUrl;

    @Inject
    HttpClient http;

    private TokenSignatureCheck check;

    @PostConstruct
    void readKeysFromTheProvider() {
        check = jwksUrl.filter(url -> !url.isBlank())
                .map(url -> new TokenSignatureCheck(new SigningKeys(http, URI.create(url), KEY_REFETCH_INTERVAL)))
                .orElse(null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> authorizations = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorizations == null || authorizations.isEmpty()) {
            return;
        }
        Matcher bearer = authorizations.size() == 1 ? WELL_FORMED_BEARER.matcher(authorizations.get(0)) : null;
        if (bearer == null || !bearer.matches()
                || check != null && check.check(bearer.group(1)) == TokenSignatureCheck.Verdict.INVALID) {
            request.abortWith(Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED,
                            "The Authorization header is not a valid bearer token of this platform's identity "
                                    + "provider: send one header, Authorization: Bearer <access token from Keycloak>",
                            request.getUriInfo()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .build());
        }
    }
}
