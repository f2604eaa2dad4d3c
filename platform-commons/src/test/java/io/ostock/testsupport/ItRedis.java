package io.ostock.testsupport;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;


/**
 * The private Redis of the integration tests (IT_REDIS_PORT, password IT_REDIS_PASSWORD), started by
 * `ops/fixtures it-deps-up`.
 * Tests may stop it for real and start it again; the machine's shared Redis is never touched.
 */
public final class ItRedis {

    private ItRedis() {
    }

    public static JedisPooled client() {
        return new JedisPooled(new HostAndPort(StackEnv.get("REDIS_HOST"), StackEnv.port("IT_REDIS_PORT")),
                DefaultJedisClientConfig.builder().password(StackEnv.get("IT_REDIS_PASSWORD")).build());
    }

    public static void stop() {
        StackCommand.run(30, "it-redis", "stop");
    }

    public static void start() {
        StackCommand.run(30, "it-redis", "start");
    }
}
