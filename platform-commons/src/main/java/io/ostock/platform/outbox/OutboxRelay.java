package io.ostock.platform.outbox;

import io.ostock.platform.lifecycle.PeriodicTask;
import io.ostock.platform.lifecycle.StartupPhase;
import io.ostock.platform.redis.RedisConnections;
import io.ostock.platform.stream.StreamEvent;
import io.ostock.platform.tracing.EventSpans;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.XAddParams;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Moves committed outbox rows to their Redis streams, oldest first, then deletes them.
 *
 * <p>Delivery is at least once: a crash between XADD and the delete publishes a row again, so every
 * payload carries an eventId for consumers to spot repeats. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances of a service can relay side by side. While
 * Redis is down the rows stay put and the relay retries with a growing pause (up to
 * {@code outbox.max-backoff.ms}).</p>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    @Resource(lookup = "jdbc/ostock")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    RedisConnections redis;

    @Inject
    EventSpans eventSpans;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    // Settings, one injected field per key: the MicroProfile Config idiom every bean here follows.
    @Inject
    @ConfigProperty(name = "outbox.poll.ms", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "outbox.max-backoff.ms", defaultValue = "4000")
    long maxBackoffMillis;

    @Inject
    @ConfigProperty(name = "outbox.stream.max-length", defaultValue = "100000")
    long streamMaxLength;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicLong pausedUntil = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private volatile long backoffMillis;
    private volatile boolean redisDown;
    private volatile PeriodicTask poller;
    private Counter published;

    void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup) {
        published = metrics.counter("outbox_events_published_total");
        metrics.gauge("outbox_backlog", backlog, AtomicLong::get);
        poller = PeriodicTask.start(executor, "Outbox relay", Duration.ZERO, Duration.ofMillis(pollMillis), this::drain);
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        PeriodicTask relay = poller;
        if (relay != null && System.currentTimeMillis() >= pausedUntil.get()) {
            executor.execute(relay::runOnce);
        }
    }

    /** Events written but not yet on their stream (as of the last drain). */
    public long backlog() {
        return backlog.get();
    }

    public boolean redisDown() {
        return redisDown;
    }

    /** Publishes the whole backlog, unless another drain is under way or Redis is being waited for. */
    private void drain() {
        if (System.currentTimeMillis() < pausedUntil.get() || !draining.tryLock()) {
            return;
        }
        try {
            int moved;
            do {
                moved = drainBatch();
            } while (moved == BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox table is unreadable: " + e.getMessage(), e);
        } finally {
            draining.unlock();
        }
    }

    private int drainBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> publishedIds = new ArrayList<>();
            try {
                try (PreparedStatement select = connection.prepareStatement(
                        "select id, stream, event_type, aggregate_id, payload, traceparent from outbox_event "
                                + "order by id limit " + BATCH + " for update skip locked");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        publish(rows);
                        publishedIds.add(rows.getLong("id"));
                    }
                }
                recovered();
            } catch (RuntimeException redisFailure) {
                failed(redisFailure);
            }
            delete(connection, publishedIds);
            connection.commit();
            refreshBacklog(connection);
            published.inc(publishedIds.size());
            return redisDown ? 0 : publishedIds.size();
        }
    }

    /** Within the trace of the request that wrote the row: the consumers' spans follow on from it. */
    private void publish(ResultSet row) throws SQLException {
        String stream = row.getString("stream");
        String type = row.getString("event_type");
        String aggregateId = row.getString("aggregate_id");
        String payload = row.getString("payload");
        eventSpans.publishing(stream, row.getString("traceparent"), () -> redis.client().xadd(stream,
                XAddParams.xAddParams().maxLen(streamMaxLength).approximateTrimming(),
                new StreamEvent(type, aggregateId, payload, EventSpans.currentTraceparent()).fields()));
    }

    private static void delete(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox_event where id = any (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    private void refreshBacklog(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from outbox_event");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            backlog.set(rs.getLong(1));
        }
        connection.commit();
    }

    private void failed(RuntimeException failure) {
        backoffMillis = backoffMillis == 0 ? pollMillis : Math.min(maxBackoffMillis, backoffMillis * 2);
        pausedUntil.set(System.currentTimeMillis() + backoffMillis);
        if (!redisDown) {
            LOG.warn("Redis at {} unreachable; outbox events are kept and retried: {}", redis.address(),
                    failure.getMessage());
        }
        redisDown = true;
    }

    private void recovered() {
        if (redisDown) {
            LOG.info("Redis at {} is back; publishing the outbox backlog", redis.address());
        }
        redisDown = false;
        backoffMillis = 0;
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }
}
