package io.ostock.licensing.infrastructure;

import io.ostock.platform.redis.RedisConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import redis.clients.jedis.params.SetParams;

import java.util.List;
import java.util.Optional;

/**
 * The caches' store in the service's Redis; the conditional operations are Lua scripts, atomic in
 * Redis. Every command is a span of the request's trace.
 */
@ApplicationScoped
public class RedisCacheStore implements CacheStore {

    private static final String REPLACE_IF_UNCHANGED = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end return false";
    private static final String REMOVE_IF_UNCHANGED = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('DEL', KEYS[1]) end return 0";

    @Inject
    RedisConnections redis;

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.call("GET", client -> client.get(key)));
    }

    @Override
    public void putIfAbsent(String key, String value, long ttlSeconds) {
        redis.call("SET", client -> client.set(key, value, SetParams.setParams().nx().ex(ttlSeconds)));
    }

    @Override
    public void put(String key, String value, long ttlSeconds) {
        redis.call("SET", client -> client.set(key, value, SetParams.setParams().ex(ttlSeconds)));
    }

    @Override
    public void replaceIfUnchanged(String key, String expected, String replacement, long ttlSeconds) {
        redis.call("EVAL", client -> client.eval(REPLACE_IF_UNCHANGED, List.of(key),
                List.of(expected, replacement, Long.toString(ttlSeconds))));
    }

    @Override
    public void removeIfUnchanged(String key, String expected) {
        redis.call("EVAL", client -> client.eval(REMOVE_IF_UNCHANGED, List.of(key), List.of(expected)));
    }

    @Override
    public void remove(String key) {
        redis.call("DEL", client -> client.del(key));
    }
}
