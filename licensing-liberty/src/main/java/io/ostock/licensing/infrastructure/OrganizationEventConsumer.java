package io.ostock.licensing.infrastructure;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Consumes ostock.organization.events in the consumer group "licensing": every change or delete of
 * an organization evicts its cached summary. An event is acknowledged only after its eviction, so a
 * crash leaves it pending; pending events idle for a while are claimed by whichever instance sees
 * them (XAUTOCLAIM), so another instance finishes what a crashed one started.
 */
@ApplicationScoped
public class OrganizationEventConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationEventConsumer.class);
    static final String GROUP = "licensing";
    private static final int BLOCK_MILLIS = 300;
    private static final long CLAIM_IDLE_MILLIS = 30_000;

    @Inject
    RedisConnections redis;

    @Inject
    OrganizationSummaryCache cache;

    @Inject
    @ConfigProperty(name = "organization.events.stream")
    String stream;

    @Resource
    ManagedThreadFactory threads;

    private final String consumer = "licensing-" + ManagementFactory.getRuntimeMXBean().getName();
    private volatile boolean running = true;
    private Thread worker;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        worker = threads.newThread(this::consume);
        worker.setName("organization-event-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    private void consume() {
        boolean groupReady = false;
        long nextClaim = 0;
        while (running) {
            try {
                if (!groupReady) {
                    createGroup();
                    groupReady = true;
                }
                if (System.currentTimeMillis() >= nextClaim) {
                    claimAbandoned();
                    nextClaim = System.currentTimeMillis() + CLAIM_IDLE_MILLIS / 2;
                }
                List<Map.Entry<String, List<StreamEntry>>> batches = redis.client().xreadGroup(GROUP, consumer,
                        XReadGroupParams.xReadGroupParams().block(BLOCK_MILLIS).count(100),
                        Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
                if (batches != null) {
                    batches.forEach(batch -> batch.getValue().forEach(this::process));
                }
            } catch (RuntimeException redisDown) {
                if (groupReady || !(redisDown instanceof JedisDataException)) {
                    LOG.warn("Organization events unreadable ({}); retrying", redisDown.getMessage());
                }
                groupReady = false;
                pause();
            }
        }
    }

    private void createGroup() {
        try {
            redis.client().xgroupCreate(stream, GROUP, StreamEntryID.XGROUP_LAST_ENTRY, true);
        } catch (JedisDataException exists) {
            if (!String.valueOf(exists.getMessage()).contains("BUSYGROUP")) {
                throw exists;
            }
        }
    }

    private void claimAbandoned() {
        Map.Entry<StreamEntryID, List<StreamEntry>> claimed = redis.client().xautoclaim(stream, GROUP, consumer,
                CLAIM_IDLE_MILLIS, new StreamEntryID(0, 0), XAutoClaimParams.xAutoClaimParams().count(100));
        claimed.getValue().forEach(this::process);
    }

    private void process(StreamEntry entry) {
        String aggregateId = StreamEvent.of(entry.getFields()).aggregateId();
        try {
            cache.evict(UUID.fromString(aggregateId));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            LOG.warn("Acknowledging an organization event without a valid aggregateId: {}", entry.getID());
        }
        redis.client().xack(stream, GROUP, entry.getID());
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
        if (worker != null) {
            worker.interrupt();
        }
    }
}
