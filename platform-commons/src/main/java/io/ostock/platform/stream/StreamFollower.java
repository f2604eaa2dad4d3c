package io.ostock.platform.stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Reads a Redis stream on a thread of its own and hands each entry to a {@link Listener}, until
 * stopped. Two ways to follow:
 * <ul>
 *   <li>{@link #everyEntry}: this instance sees every entry from the moment it starts (each instance
 *   of a service sees all of them; nothing is acknowledged). An outage may lose entries, so the
 *   listener hears of each failed read and of the feed's return.</li>
 *   <li>{@link #inGroup}: the instances of a service share the entries (a consumer group): each entry
 *   goes to one of them and is acknowledged once its listener returned; entries that another
 *   instance was given and left unacknowledged for claimIdle (it crashed) are taken over.</li>
 * </ul>
 * A failed read is logged once per outage and retried every second. A listener that throws is
 * treated like a failed read: in a group, its entry stays unacknowledged and comes back.
 */
public final class StreamFollower {

    /** What a follower calls. Only onEvent is required. */
    public interface Listener {
        void onEvent(StreamEvent event);

        /** A read failed: entries may be missed from now until {@link #onFeedRestored()} (every entry). */
        default void onReadFailed() {
        }

        /** The first read that succeeded after failed ones. */
        default void onFeedRestored() {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(StreamFollower.class);
    private static final int BATCH = 100;
    /** Below the Redis client's socket timeout, so that a blocking read is not taken for an outage. */
    static final int BLOCK_MILLIS = 300;
    static final long RETRY_MILLIS = 1000;
    static final long PAUSED_POLL_MILLIS = 100;

    private final String name;
    private final String stream;
    private final String group;
    private final String consumer;
    private final long claimIdleMillis;
    private final StreamSource source;
    private final Listener listener;
    private final Thread thread;

    private volatile boolean running = true;
    private volatile boolean paused;
    private volatile boolean following;
    private volatile boolean failing;

    private StreamFollower(String name, String stream, String group, String consumer, Duration claimIdle,
                           StreamSource source, Listener listener, ThreadFactory threads) {
        this.name = name;
        this.stream = stream;
        this.group = group;
        this.consumer = consumer;
        this.claimIdleMillis = claimIdle == null ? 0 : claimIdle.toMillis();
        this.source = source;
        this.listener = listener;
        this.thread = threads.newThread(group == null ? this::followEveryEntry : this::followInGroup);
        thread.setName(name);
        thread.setDaemon(true);
    }

    /** Starts following every entry added to the stream from now on. */
    public static StreamFollower everyEntry(String name, String stream, StreamSource source, ThreadFactory threads,
                                            Listener listener) {
        return new StreamFollower(name, stream, null, null, null, source, listener, threads).start();
    }

    /** Starts following the stream as consumer of the group (created at the stream's end if new). */
    public static StreamFollower inGroup(String name, String stream, String group, String consumer, Duration claimIdle,
                                         StreamSource source, ThreadFactory threads, Listener listener) {
        return new StreamFollower(name, stream, group, consumer, claimIdle, source, listener, threads).start();
    }

    private StreamFollower start() {
        thread.start();
        return this;
    }

    /** True while reads succeed. */
    public boolean following() {
        return following;
    }

    /** No entry is read until {@link #resume()}. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    /** Ends the thread (an entry being handled is finished first). */
    public void stop() {
        running = false;
        thread.interrupt();
    }

    private void followEveryEntry() {
        String lastId = null;
        while (running) {
            if (waitWhilePaused()) {
                continue;
            }
            try {
                if (lastId == null) {
                    lastId = source.lastId(stream);
                }
                List<StreamSource.Entry> entries = source.read(stream, lastId, BATCH, BLOCK_MILLIS);
                readSucceeded();
                for (StreamSource.Entry entry : entries) {
                    listener.onEvent(entry.event());
                    lastId = entry.id();
                }
            } catch (RuntimeException e) {
                readFailed(e);
            }
        }
    }

    private void followInGroup() {
        boolean groupReady = false;
        long nextClaimMillis = 0;
        while (running) {
            if (waitWhilePaused()) {
                continue;
            }
            try {
                if (!groupReady) {
                    source.createGroup(stream, group);
                    groupReady = true;
                }
                if (System.currentTimeMillis() >= nextClaimMillis) {
                    handleAndAck(source.claimIdle(stream, group, consumer, claimIdleMillis, BATCH));
                    nextClaimMillis = System.currentTimeMillis() + claimIdleMillis / 2;
                }
                List<StreamSource.Entry> entries = source.readGroup(stream, group, consumer, BATCH, BLOCK_MILLIS);
                readSucceeded();
                handleAndAck(entries);
            } catch (RuntimeException e) {
                // After a Redis restart the group may be gone: create it again before reading.
                groupReady = false;
                readFailed(e);
            }
        }
    }

    private void handleAndAck(List<StreamSource.Entry> entries) {
        for (StreamSource.Entry entry : entries) {
            listener.onEvent(entry.event());
            source.ack(stream, group, entry.id());
        }
    }

    /** True when paused (after a short wait), so that the caller checks running again. */
    private boolean waitWhilePaused() {
        if (!paused) {
            return false;
        }
        sleep(PAUSED_POLL_MILLIS);
        return true;
    }

    private void readSucceeded() {
        if (!following) {
            boolean wasFailing = failing;
            following = true;
            failing = false;
            if (wasFailing) {
                LOG.info("{}: stream {} readable again", name, stream);
                listener.onFeedRestored();
            }
        }
    }

    private void readFailed(RuntimeException e) {
        following = false;
        if (!running) {
            return;
        }
        if (!failing) {
            failing = true;
            LOG.warn("{}: stream {} unreadable ({}); retrying every {} ms", name, stream, e.toString(), RETRY_MILLIS);
        }
        listener.onReadFailed();
        sleep(RETRY_MILLIS);
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
