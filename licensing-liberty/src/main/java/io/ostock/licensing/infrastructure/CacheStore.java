package io.ostock.licensing.infrastructure;

import java.util.Optional;

/**
 * The few operations licensing's caches need from a shared key-value store whose entries expire
 * (Redis: {@link RedisCacheStore}). Every operation throws a RuntimeException when the store cannot
 * be reached; the two conditional ones are atomic.
 */
public interface CacheStore {

    Optional<String> get(String key);

    /** Stores the value for ttlSeconds unless the key holds one already. */
    void putIfAbsent(String key, String value, long ttlSeconds);

    /** Stores the value for ttlSeconds in place of whatever the key holds. */
    void put(String key, String value, long ttlSeconds);

    /** Stores the replacement for ttlSeconds only while the key still holds expected. */
    void replaceIfUnchanged(String key, String expected, String replacement, long ttlSeconds);

    /** Removes the key only while it still holds expected. */
    void removeIfUnchanged(String key, String expected);

    void remove(String key);
}
