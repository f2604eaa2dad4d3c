package io.ostock.licensing.infrastructure;

import io.ostock.platform.security.ServiceAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token licensing shows the Organization service: the caller's own inside a request, so that
 * Organization applies the caller's rights; the service account's in work no user asked for (the
 * expiry job).
 */
@ApplicationScoped
public class OutgoingToken {

    @Inject
    JsonWebToken callerToken;

    @Inject
    ServiceAccount serviceAccount;

    /** The raw token; fails (IllegalStateException) when the service account cannot get one. */
    public String current() {
        String callers;
        try {
            callers = callerToken.getRawToken();
        } catch (ContextNotActiveException noRequest) {
            callers = null;
        }
        return callers != null ? callers : serviceAccount.accessToken();
    }
}
