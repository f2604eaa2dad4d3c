package io.ostock.platform.security;

import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, from the verified token, and the platform's data rule: ADMIN sees and manages
 * everything, SERVICE (service accounts) reads everything, a USER reads and manages only the
 * organization named by its {@code organization_id} claim.
 */
@RequestScoped
public class Caller {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";
    public static final String SERVICE = "SERVICE";
    public static final String ORGANIZATION_CLAIM = "organization_id";

    @Inject
    HttpServletRequest request;

    private JsonWebToken token;
    private Set<String> groups;

    /**
     * The verified token, taken once per request from the request itself (as GET /v1/me does) rather
     * than through the injectable JsonWebToken: that is one more request-scoped bean to build, and
     * each of its getGroups() calls builds a new set; together about a twentieth of a cached read (JFR).
     */
    private JsonWebToken token() {
        if (token == null) {
            token = verifiedToken(request.getUserPrincipal());
            groups = token.getGroups();
        }
        return token;
    }

    /** The request's principal as the verified token it must be behind a role check; 401 otherwise. */
    static JsonWebToken verifiedToken(Principal principal) {
        if (!(principal instanceof JsonWebToken verified)) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "A valid bearer token is required");
        }
        return verified;
    }

    private boolean hasRole(String role) {
        token();
        return groups.contains(role);
    }

    public String name() {
        return token().getName();
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    public boolean isService() {
        return hasRole(SERVICE);
    }

    /** The caller's organization, when its token names a well-formed one. */
    public Optional<UUID> organizationId() {
        return organizationIdOf(token());
    }

    /** The organization a verified token names, when it names a well-formed one. */
    static Optional<UUID> organizationIdOf(JsonWebToken token) {
        Object claim = token.getClaim(ORGANIZATION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Empty when the caller may see every organization, else the only one it may see. */
    public Optional<UUID> visibleOrganizationOnly() {
        if (isAdmin() || isService()) {
            return Optional.empty();
        }
        return Optional.of(organizationId().orElse(new UUID(0, 0)));
    }

    /** A caller that is neither ADMIN nor SERVICE and whose token names no organization: it sees none. */
    public boolean seesNoOrganization() {
        return !isAdmin() && !isService() && (!hasRole(USER) || organizationId().isEmpty());
    }

    /** The organization id of a request path, once the caller is known to be allowed to read its data. */
    public UUID readable(UUID organizationId) {
        requireRead(organizationId);
        return organizationId;
    }

    /** The organization id of a request path, once the caller is known to be allowed to change its data. */
    public UUID manageable(UUID organizationId) {
        requireManage(organizationId);
        return organizationId;
    }

    public void requireRead(UUID organizationId) {
        if (isAdmin() || isService() || belongsTo(organizationId)) {
            return;
        }
        throw forbidden("read");
    }

    public void requireManage(UUID organizationId) {
        if (isAdmin() || belongsTo(organizationId)) {
            return;
        }
        throw forbidden("change");
    }

    private boolean belongsTo(UUID organizationId) {
        return hasRole(USER) && organizationId().map(organizationId::equals).orElse(false);
    }

    private static ProblemException forbidden(String action) {
        return new ProblemException(ProblemType.FORBIDDEN,
                "You may not " + action + " data of this organization");
    }
}
