package io.ostock.tokenguard;

import com.ibm.websphere.security.WebTrustAssociationFailedException;
import com.ibm.wsspi.security.tai.TAIResult;
import com.ibm.wsspi.security.tai.TrustAssociationInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;

/**
 * A Liberty trust association interceptor that answers 401 to a bearer token {@link TokenCheck}
 * finds invalid (malformed, wrong algorithm, bad signature), so that MP-JWT, which would write the
 * rejected token's text into its FFDC files, never sees it. It claims no other request and
 * establishes no identity: valid-looking tokens go on to MP-JWT. It must come before MP-JWT's
 * interceptor (id "MPJwtTAI"): Liberty asks interceptors in the order of their ids, so its id in
 * server.xml starts with a capital A. Properties (server.xml): jwksUri.
 */
public class InvalidTokenInterceptor implements TrustAssociationInterceptor {

    private static final String BEARER = "Bearer ";

    private volatile TokenCheck check;

    @Override
    public int initialize(Properties properties) {
        String jwksUri = properties.getProperty("jwksUri");
        if (jwksUri == null || jwksUri.isBlank()) {
            return 1;
        }
        check = new TokenCheck(new SigningKeys(URI.create(jwksUri), Duration.ofSeconds(10)));
        return 0;
    }

    @Override
    public boolean isTargetInterceptor(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (check == null || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return check.check(authorization.substring(BEARER.length()).strip()) == TokenCheck.Verdict.INVALID;
    }

    /** Only called for a request this interceptor claimed: its token is invalid. */
    @Override
    public TAIResult negotiateValidateandEstablishTrust(HttpServletRequest request, HttpServletResponse response)
            throws WebTrustAssociationFailedException {
        try {
            UnauthorizedAnswer.write(request, response);
        } catch (IOException callerGone) {
            // Nothing left to tell the caller; the request is refused all the same.
        }
        return TAIResult.create(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    public String getVersion() {
        return "1.0";
    }

    @Override
    public String getType() {
        return getClass().getName();
    }

    @Override
    public void cleanup() {
    }
}
