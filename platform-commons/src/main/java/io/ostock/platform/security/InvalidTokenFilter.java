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
import java.time.Duration;
import java.util.Optional;

/**
 * Refuses a bearer token that is malformed, not RS256, or whose signature does not verify with the
 * identity provider's keys (JWKS at jwks.url, i.e. JWKS_URL) with a 401 problem, before MP-JWT sees
 * it: MP-JWT writes the text of such a token into its FFDC files and trace, where no token belongs.
 * Everything else (expiry, issuer, audience, roles) stays MP-JWT's call.
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

    private static final String BEARER = "Bearer ";
    /** How often, at most, an unknown key id makes the keys be read again. */
    private static final Duration KEY_REFETCH_INTERVAL = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "jwks.url")
    Optional<String> jwksUrl;

    private TokenSignatureCheck check;

    @PostConstruct
    void readKeysFromTheProvider() {
        check = jwksUrl.filter(url -> !url.isBlank())
                .map(url -> new TokenSignatureCheck(new SigningKeys(URI.create(url), KEY_REFETCH_INTERVAL)))
                .orElse(null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (check == null || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        if (check.check(authorization.substring(BEARER.length()).strip()) == TokenSignatureCheck.Verdict.INVALID) {
            request.abortWith(Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED,
                            "The bearer token is not a valid token of this platform's identity provider: "
                                    + "send Authorization: Bearer <access token from Keycloak>",
                            request.getUriInfo()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .build());
        }
    }
}
