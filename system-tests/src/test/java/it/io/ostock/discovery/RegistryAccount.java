package it.io.ostock.discovery;

import io.ostock.testsupport.StackEnv;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An account of the Eureka peers (ops/stack.env), or none: what a request to a peer presents. */
record RegistryAccount(String user, String password) {

    static final RegistryAccount ANONYMOUS = new RegistryAccount(null, null);
    static final RegistryAccount PEER = new RegistryAccount(StackEnv.get("EUREKA_PEER_USER"),
            StackEnv.get("EUREKA_PEER_PASSWORD"));
    static final RegistryAccount ORGANIZATION = new RegistryAccount("organization-service",
            StackEnv.get("EUREKA_ORGANIZATION_PASSWORD"));
    static final RegistryAccount LICENSING = new RegistryAccount("licensing-service",
            StackEnv.get("EUREKA_LICENSING_PASSWORD"));
    static final RegistryAccount GATEWAY = new RegistryAccount("gateway", StackEnv.get("EUREKA_GATEWAY_PASSWORD"));

    /** The same account name with a password that is not its own. */
    RegistryAccount withWrongPassword() {
        return new RegistryAccount(user, password + "-wrong");
    }

    HttpRequest.Builder presentedBy(HttpRequest.Builder request) {
        if (user == null) {
            return request;
        }
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return user == null ? "anonymous" : user + (password.endsWith("-wrong") ? " (wrong password)" : "");
    }
}
