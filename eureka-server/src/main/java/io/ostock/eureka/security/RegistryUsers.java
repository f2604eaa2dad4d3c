package io.ostock.eureka.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * Who may use this registry (registry-users in application.yml; the passwords come from the
 * environment, ops/stack.env natively). Every password must be set: a peer refuses to start without
 * one rather than run with a guessable default.
 *
 * @param peer       the account both peers use to replicate to each other (may do anything)
 * @param registrants service name to password; a service registers, renews and cancels only its own
 *                   application, its name upper-cased (organization-service: ORGANIZATION-SERVICE)
 * @param readers    account name to password, for those that only read the registry (the gateway)
 */
@ConfigurationProperties("registry-users")
public record RegistryUsers(Account peer, Map<String, String> registrants, Map<String, String> readers) {

    public record Account(String username, String password) {
    }

    public RegistryUsers {
        registrants = registrants == null ? Map.of() : Map.copyOf(registrants);
        readers = readers == null ? Map.of() : Map.copyOf(readers);
        if (peer == null || !StringUtils.hasText(peer.username())) {
            throw new IllegalStateException("registry-users.peer.username is not set (EUREKA_PEER_USER)");
        }
        requirePassword("registry-users.peer.password", peer.password());
        registrants.forEach((name, password) -> requirePassword("registry-users.registrants." + name, password));
        readers.forEach((name, password) -> requirePassword("registry-users.readers." + name, password));
    }

    private static void requirePassword(String property, String password) {
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException(property + " has no password: set it in the environment (ops/stack.env)");
        }
    }
}
