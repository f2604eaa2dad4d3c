package io.ostock.platform.stream;

import java.util.List;

/**
 * The stream commands a {@link StreamFollower} needs, so that its loop can be tested without a Redis
 * server; {@link RedisStreamSource} is the real one. Every method may throw a RuntimeException when
 * the stream cannot be read (Redis down, the group gone after a restart).
 */
public interface StreamSource {

    /** One entry: its stream id (e.g. 1700000000000-0) and fields. */
    record Entry(String id, StreamEvent event) {
    }

    /** The id of the stream's last entry, "0-0" when empty: a plain follower starts after it. */
    String lastId(String stream);

    /** Up to count entries after the id, waiting at most blockMillis for the first one. */
    List<Entry> read(String stream, String afterId, int count, int blockMillis);

    /** Creates the consumer group at the stream's end (and the stream) unless it exists. */
    void createGroup(String stream, String group);

    /** Up to count entries no consumer of the group was given yet, waiting at most blockMillis. */
    List<Entry> readGroup(String stream, String group, String consumer, int count, int blockMillis);

    /** Takes over up to count entries another consumer was given and has not acknowledged for idleMillis. */
    List<Entry> claimIdle(String stream, String group, String consumer, long idleMillis, int count);

    void ack(String stream, String group, String id);
}
