package io.ostock.licensing.infrastructure;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Consumes ostock.organization.events in the consumer group "licensing": every change or delete of
 * an organization evicts its cached summary. An event is acknowledged only after its eviction, so a
 * crash leaves it pending; pending events idle for a while are claimed by whichever instance sees
 * them, so another instance finishes what a crashed one started.
 */
@ApplicationScoped
public class OrganizationEventConsumer implements StreamFollower.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationEventConsumer.class);
    private static final String GROUP = "licensing";
    private static final Duration CLAIM_IDLE = Duration.ofSeconds(30);

    @Inject
    RedisConnections redis;

    @Inject
    OrganizationSummaryCache cache;

    @Inject
    EventSpans eventSpans;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "organization.events.stream")
    String stream;

    @Resource
    ManagedThreadFactory threads;

    private StreamFollower follower;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        String consumer = "licensing-" + ManagementFactory.getRuntimeMXBean().getName();
        RedisStreamSource source = new RedisStreamSource(redis);
        follower = StreamFollower.inGroup("organization-event-consumer", stream, GROUP, consumer, CLAIM_IDLE,
                source, threads, this);
        // What the alert on a lagging consumer group watches; -1 while Redis cannot tell.
        metrics.gauge("stream_consumer_backlog", () -> backlog(source), new Tag("stream", stream), new Tag("group", GROUP));
    }

    private long backlog(RedisStreamSource source) {
        try {
            return source.groupBacklog(stream, GROUP);
        } catch (RuntimeException redisDown) {
            return -1;
        }
    }

    @PreDestroy
    void stop() {
        if (follower != null) {
            follower.stop();
        }
    }

    /** A malformed event cannot be retried into shape: it is acknowledged (and logged). */
    @Override
    public void onEvent(StreamEvent event) {
        eventSpans.consuming(stream, event, () -> evict(event));
    }

    private void evict(StreamEvent event) {
        try {
            cache.evict(UUID.fromString(event.aggregateId()));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            LOG.warn("Acknowledging an organization event without a valid aggregateId: {}", event.aggregateId());
        }
    }
}
