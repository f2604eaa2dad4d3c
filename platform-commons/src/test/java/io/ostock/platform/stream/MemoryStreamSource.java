package io.ostock.platform.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stream and one consumer group in memory, with the semantics StreamFollower relies on (ids in
 * order, entries given to one consumer each, pending until acknowledged, claimable when idle), and
 * outages on demand. For the follower's unit tests; the services' ITs run it against Redis.
 */
final class MemoryStreamSource implements StreamSource {

    private record Delivery(String consumer, long atMillis) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Delivery> pending = new LinkedHashMap<>();
    private final List<String> acknowledged = new ArrayList<>();
    private boolean groupExists;
    private int groupCursor;
    private int failuresToCome;

    synchronized String add(String type, String aggregateId) {
        String id = (entries.size() + 1) + "-0";
        entries.add(new Entry(id, new StreamEvent(type, aggregateId, "{}", null)));
        notifyAll();
        return id;
    }

    /** The next n calls throw, as with Redis down. */
    synchronized void failNext(int n) {
        failuresToCome = n;
    }

    synchronized List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    @Override
    public synchronized String lastId(String stream) {
        failIfDown();
        return entries.isEmpty() ? "0-0" : entries.get(entries.size() - 1).id();
    }

    @Override
    public synchronized List<Entry> read(String stream, String afterId, int count, int blockMillis) {
        failIfDown();
        int from = sequence(afterId);
        awaitBeyond(from, blockMillis);
        return List.copyOf(entries.subList(from, Math.min(entries.size(), from + count)));
    }

    @Override
    public synchronized void createGroup(String stream, String group) {
        failIfDown();
        if (!groupExists) {
            groupExists = true;
            groupCursor = entries.size();
        }
    }

    @Override
    public synchronized List<Entry> readGroup(String stream, String group, String consumer, int count, int blockMillis) {
        failIfDown();
        if (!groupExists) {
            throw new IllegalStateException("NOGROUP");
        }
        awaitBeyond(groupCursor, blockMillis);
        List<Entry> given = List.copyOf(entries.subList(groupCursor, Math.min(entries.size(), groupCursor + count)));
        groupCursor += given.size();
        given.forEach(entry -> pending.put(entry.id(), new Delivery(consumer, System.currentTimeMillis())));
        return given;
    }

    @Override
    public synchronized List<Entry> claimIdle(String stream, String group, String consumer, long idleMillis, int count) {
        failIfDown();
        long now = System.currentTimeMillis();
        List<Entry> claimed = new ArrayList<>();
        pending.forEach((id, delivery) -> {
            if (now - delivery.atMillis() >= idleMillis && claimed.size() < count) {
                claimed.add(entries.get(sequence(id) - 1));
            }
        });
        claimed.forEach(entry -> pending.put(entry.id(), new Delivery(consumer, now)));
        return claimed;
    }

    @Override
    public synchronized void ack(String stream, String group, String id) {
        failIfDown();
        if (pending.remove(id) != null) {
            acknowledged.add(id);
        }
    }

    private void failIfDown() {
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new IllegalStateException("Redis down");
        }
    }

    private void awaitBeyond(int position, int blockMillis) {
        long deadline = System.currentTimeMillis() + blockMillis;
        while (entries.size() <= position && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static int sequence(String id) {
        return Integer.parseInt(id.substring(0, id.indexOf('-')));
    }
}
