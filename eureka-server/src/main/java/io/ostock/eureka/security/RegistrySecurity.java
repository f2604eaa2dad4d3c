package io.ostock.eureka.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Nobody uses the registry anonymously (HTTP Basic, {@link RegistryUsers}):
 * <ul>
 *   <li>writes to an application (register, renew, cancel, status) need that application's own
 *       account, or the peers' (replication);</li>
 *   <li>reads need any account: the registry lists internal addresses, ports and versions, a map
 *       an intruder should not get for free; the gateway reads with an account of its own;</li>
 *   <li>only the health check (load balancers, ops/stack) and the Prometheus metrics stay open;
 *       natively the peers listen on 127.0.0.1 only.</li>
 * </ul>
 */
@Configuration
@EnableConfigurationProperties(RegistryUsers.class)
public class RegistrySecurity {

    static final String PEER = "PEER";
    /** The authority to write an application's instances: REGISTER_ followed by its Eureka name. */
    static final String REGISTER = "REGISTER_";

    @Bean
    SecurityFilterChain registry(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
                        .permitAll()
                        .requestMatchers("/eureka/peerreplication/**").hasRole(PEER)
                        .requestMatchers(HttpMethod.GET, "/eureka/**", "/", "/lastn").authenticated()
                        .requestMatchers("/eureka/apps/{app}", "/eureka/apps/{app}/**").access(ownApplicationOrPeer())
                        .anyRequest().hasRole(PEER))
                .addFilterAfter(new RegistrationBodyCheck(), AuthorizationFilter.class);
        return http.build();
    }

    /** The path's application is the caller's own (or the caller is a peer). */
    private static AuthorizationManager<RequestAuthorizationContext> ownApplicationOrPeer() {
        return (authentication, context) -> {
            String app = context.getVariables().get("app");
            return new AuthorizationDecision(app != null && mayWrite(authentication.get(), app));
        };
    }

    static boolean mayWrite(Authentication caller, String app) {
        return caller != null && caller.isAuthenticated()
                && (isPeer(caller) || has(caller, REGISTER + app.toUpperCase(Locale.ROOT)));
    }

    static boolean isPeer(Authentication caller) {
        return caller != null && has(caller, "ROLE_" + PEER);
    }

    private static boolean has(Authentication caller, String authority) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }

    @Bean
    UserDetailsService registryAccounts(RegistryUsers users) {
        List<UserDetails> accounts = new ArrayList<>();
        accounts.add(User.withUsername(users.peer().username()).password(users.peer().password()).roles(PEER).build());
        users.registrants().forEach((service, password) -> accounts.add(User.withUsername(service).password(password)
                .authorities(REGISTER + service.toUpperCase(Locale.ROOT)).build()));
        users.readers().forEach((reader, password) -> accounts.add(User.withUsername(reader).password(password)
                .authorities("READ").build()));
        return new InMemoryUserDetailsManager(accounts);
    }

    /**
     * Passwords are held as given (they come from the environment, not from a database that could
     * leak) and compared in constant time. A slow hash would cost every heartbeat and replication.
     */
    @Bean
    PasswordEncoder plainPasswordsComparedInConstantTime() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String stored) {
                return raw != null && stored != null && MessageDigest.isEqual(
                        raw.toString().getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
