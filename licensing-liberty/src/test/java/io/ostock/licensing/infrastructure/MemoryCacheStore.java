package io.ostock.licensing.infrastructure;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A CacheStore in memory whose entries expire by a clock the test moves; it can be made unreachable. */
final class MemoryCacheStore implements CacheStore {

    private record Stored(String value, long expiresAtMillis) {
    }

    private final Map<String, Stored> entries = new HashMap<>();
    private final Clock clock;
    private boolean down;

    MemoryCacheStore(Clock clock) {
        this.clock = clock;
    }

    void setDown(boolean down) {
        this.down = down;
    }

    /** What the key holds now, looked at without counting as a lookup. */
    Optional<String> peek(String key) {
        Stored stored = entries.get(key);
        return stored == null || stored.expiresAtMillis() <= clock.millis() ? Optional.empty()
                : Optional.of(stored.value());
    }

    @Override
    public synchronized Optional<String> get(String key) {
        reachable();
        return peek(key);
    }

    @Override
    public synchronized void putIfAbsent(String key, String value, long ttlSeconds) {
        reachable();
        if (peek(key).isEmpty()) {
            store(key, value, ttlSeconds);
        }
    }

    @Override
    public synchronized void put(String key, String value, long ttlSeconds) {
        reachable();
        store(key, value, ttlSeconds);
    }

    @Override
    public synchronized void replaceIfUnchanged(String key, String expected, String replacement, long ttlSeconds) {
        reachable();
        if (peek(key).filter(expected::equals).isPresent()) {
            store(key, replacement, ttlSeconds);
        }
    }

    @Override
    public synchronized void removeIfUnchanged(String key, String expected) {
        reachable();
        if (Objects.equals(peek(key).orElse(null), expected)) {
            entries.remove(key);
        }
    }

    @Override
    public synchronized void remove(String key) {
        reachable();
        entries.remove(key);
    }

    private void store(String key, String value, long ttlSeconds) {
        entries.put(key, new Stored(value, clock.millis() + ttlSeconds * 1000));
    }

    private void reachable() {
        if (down) {
            throw new IllegalStateException("the store is unreachable");
        }
    }
}
