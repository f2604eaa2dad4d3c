package io.ostock.organization.infrastructure;

import io.ostock.organization.application.OrganizationCache;
import io.ostock.organization.application.OrganizationEvents;
import io.ostock.platform.lifecycle.StartupPhase;
import io.ostock.platform.redis.RedisConnections;
import io.ostock.platform.stream.RedisStreamSource;
import io.ostock.platform.stream.StreamEvent;
import io.ostock.platform.stream.StreamFollower;
import io.ostock.platform.tracing.EventSpans;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.StringReader;
import java.util.UUID;

/**
 * Follows the organization stream (every instance reads all of it; no consumer group) and evicts
 * the cached organizations that other instances changed. While the feed is broken (Redis down) the
 * instance may miss events, so it clears its whole cache after each failed read and once more when
 * the feed is back: meanwhile the cache keeps nothing for longer than a retry.
 */
@ApplicationScoped
public class OrganizationEventListener implements StreamFollower.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationEventListener.class);

    @Inject
    RedisConnections redis;

    @Inject
    OrganizationCache cache;

    @Inject
    EventSpans eventSpans;

    @Inject
    @ConfigProperty(name = "organization.events.stream")
    String stream;

    @Resource
    ManagedThreadFactory threads;

    private StreamFollower follower;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        follower = StreamFollower.everyEntry("organization-event-listener", stream, new RedisStreamSource(redis),
                threads, this);
    }

    @PreDestroy
    void stop() {
        if (follower != null) {
            follower.stop();
        }
    }

    /** True while the feed is read without error (the cache is kept correct by it). */
    public boolean following() {
        return follower != null && follower.following();
    }

    /** Deletes and events without a version (contact changes) always evict. */
    @Override
    public void onEvent(StreamEvent event) {
        eventSpans.consuming(stream, event, () -> evict(event));
    }

    private void evict(StreamEvent event) {
        try {
            UUID id = UUID.fromString(event.aggregateId());
            Long version = null;
            if (!OrganizationEvents.DELETED.equals(event.type())) {
                version = versionIn(event.payload());
            }
            cache.evictOlderThan(id, version);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            LOG.warn("Ignoring an organization event without a valid aggregateId: {}", event.aggregateId());
        }
    }

    @Override
    public void onReadFailed() {
        cache.clear();
    }

    @Override
    public void onFeedRestored() {
        cache.clear();
        LOG.info("Organization event feed restored; cache cleared in case events were missed");
    }

    private static Long versionIn(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject event = reader.readObject();
            return event.get("version") instanceof JsonNumber number ? number.longValue() : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
