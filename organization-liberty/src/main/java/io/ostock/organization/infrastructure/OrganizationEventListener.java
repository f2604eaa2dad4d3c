package io.ostock.organization.infrastructure;

import io.ostock.organization.application.OrganizationCache;
import io.ostock.organization.application.OrganizationEvents;
import io.ostock.platform.lifecycle.StartupPhase;
import io.ostock.platform.outbox.StreamEvent;
import io.ostock.platform.redis.RedisConnections;
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
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Follows the organization stream (every instance reads all of it; no consumer group) and evicts
 * the cached organizations that other instances changed. When the feed breaks (Redis down), the
 * instance may miss events, so it clears its whole cache once the feed is back.
 */
@ApplicationScoped
public class OrganizationEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationEventListener.class);
    /** Below the Redis client's socket timeout, so that a blocking read is not taken for an outage. */
    private static final int BLOCK_MILLIS = 300;

    @Inject
    RedisConnections redis;

    @Inject
    OrganizationCache cache;

    @Inject
    @ConfigProperty(name = "organization.events.stream")
    String stream;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running = true;
    private volatile boolean following;
    private Thread follower;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        follower = threads.newThread(this::follow);
        follower.setName("organization-event-listener");
        follower.setDaemon(true);
        follower.start();
    }

    private void follow() {
        StreamEntryID last = StreamEntryID.XREAD_NEW_ENTRY;
        boolean feedBroken = false;
        while (running) {
            try {
                List<Map.Entry<String, List<StreamEntry>>> batches = redis.client().xread(
                        XReadParams.xReadParams().block(BLOCK_MILLIS).count(500), Map.of(stream, last));
                if (feedBroken) {
                    cache.clear();
                    feedBroken = false;
                    LOG.info("Organization event feed restored; cache cleared in case events were missed");
                }
                following = true;
                if (batches == null) {
                    continue;
                }
                for (Map.Entry<String, List<StreamEntry>> batch : batches) {
                    for (StreamEntry entry : batch.getValue()) {
                        evict(StreamEvent.of(entry.getFields()));
                        last = entry.getID();
                    }
                }
            } catch (RuntimeException e) {
                if (!feedBroken) {
                    LOG.warn("Organization event feed interrupted ({}); retrying", e.getMessage());
                }
                feedBroken = true;
                following = false;
                cache.clear();
                pause();
            }
        }
    }

    /** True while the feed is read without error (the cache is kept correct by it). */
    public boolean following() {
        return following;
    }

    /** Deletes and events without a version (contact changes) always evict. */
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

    private static Long versionIn(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject event = reader.readObject();
            return event.get("version") instanceof JsonNumber number ? number.longValue() : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (follower != null) {
            follower.interrupt();
        }
    }
}
