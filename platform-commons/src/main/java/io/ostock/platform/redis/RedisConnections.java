package io.ostock.platform.redis;

import io.ostock.platform.tracing.ClientSpans;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The service's one Redis client, authenticated when redis.password is set. Timeouts are short on purpose: Redis is a cache and an event
 * carrier here, and an outage must cost a few hundred milliseconds, never a hung request.
 */
@ApplicationScoped
public class RedisConnections {

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "redis.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "redis.port", defaultValue = "6379")
    int port;

    /** REDIS_PASSWORD; none when empty (the native stack's shared Redis has none). Never logged. */
    @Inject
    @ConfigProperty(name = "redis.password")
    Optional<String> password;

    /** REDIS_USER, for a Redis ACL user; the default user when empty. */
    @Inject
    @ConfigProperty(name = "redis.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "redis.timeout.ms", defaultValue = "500")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "service.name", defaultValue = "ostock-service")
    String serviceName;

    @Inject
    ClientSpans spans;

    private JedisPooled client;

    @PostConstruct
    void open() {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(16);
        pool.setMaxWait(Duration.ofMillis(timeoutMillis));
        pool.setTestWhileIdle(true);
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis)
                .clientName(serviceName.replaceAll("[^A-Za-z0-9_-]", "_"));
        password.ifPresent(secret -> config.password(secret).user(user.orElse(null)));
        client = new JedisPooled(pool, new HostAndPort(host, port), config.build());
    }

    public JedisPooled client() {
        return client;
    }

    /** One Redis command as a traced call: a CLIENT span named for the command (GET, SET, EVAL...). */
    public <T> T call(String command, Function<JedisPooled, T> work) {
        return spans.call(command, "redis", null, command, host, port, () -> work.apply(client));
    }

    public String address() {
        return host + ":" + port;
    }

    /** True when Redis answers a PING within the timeout. */
    public boolean reachable() {
        try {
            return "PONG".equals(client.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
