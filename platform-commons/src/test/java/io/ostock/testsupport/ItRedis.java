package io.ostock.testsupport;

import redis.clients.jedis.JedisPooled;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The private Redis of the integration tests (IT_REDIS_PORT), started by `ops/stack it-deps-up`.
 * Tests may stop it for real and start it again; the machine's shared Redis is never touched.
 */
public final class ItRedis {

    private ItRedis() {
    }

    public static JedisPooled client() {
        return new JedisPooled(StackEnv.get("REDIS_HOST"), StackEnv.port("IT_REDIS_PORT"));
    }

    public static void stop() {
        stack("stop");
    }

    public static void start() {
        stack("start");
    }

    private static void stack(String action) {
        try {
            Process process = new ProcessBuilder(StackEnv.root().resolve("ops/stack").toString(), "it-redis", action)
                    .inheritIO().start();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ops/stack it-redis " + action + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
