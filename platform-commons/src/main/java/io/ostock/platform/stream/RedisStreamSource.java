package io.ostock.platform.stream;

import io.ostock.platform.redis.RedisConnections;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamGroupInfo;

import java.util.List;
import java.util.Map;

/** {@link StreamSource} on the service's Redis (XREAD, XGROUP CREATE, XREADGROUP, XAUTOCLAIM, XACK). */
public final class RedisStreamSource implements StreamSource {

    private final RedisConnections redis;

    public RedisStreamSource(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public String lastId(String stream) {
        List<StreamEntry> last = redis.client().xrevrange(stream, "+", "-", 1);
        return last.isEmpty() ? "0-0" : last.get(0).getID().toString();
    }

    @Override
    public List<Entry> read(String stream, String afterId, int count, int blockMillis) {
        List<Map.Entry<String, List<StreamEntry>>> batches = redis.client().xread(
                XReadParams.xReadParams().block(blockMillis).count(count), Map.of(stream, new StreamEntryID(afterId)));
        return entries(batches);
    }

    @Override
    public void createGroup(String stream, String group) {
        try {
            redis.client().xgroupCreate(stream, group, StreamEntryID.XGROUP_LAST_ENTRY, true);
        } catch (JedisDataException exists) {
            if (!String.valueOf(exists.getMessage()).contains("BUSYGROUP")) {
                throw exists;
            }
        }
    }

    @Override
    public List<Entry> readGroup(String stream, String group, String consumer, int count, int blockMillis) {
        return entries(redis.client().xreadGroup(group, consumer,
                XReadGroupParams.xReadGroupParams().block(blockMillis).count(count),
                Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY)));
    }

    @Override
    public List<Entry> claimIdle(String stream, String group, String consumer, long idleMillis, int count) {
        return redis.client().xautoclaim(stream, group, consumer, idleMillis, new StreamEntryID(0, 0),
                XAutoClaimParams.xAutoClaimParams().count(count)).getValue().stream().map(RedisStreamSource::entry).toList();
    }

    @Override
    public void ack(String stream, String group, String id) {
        redis.client().xack(stream, group, new StreamEntryID(id));
    }

    /**
     * The entries of the stream a consumer group has not finished with: not yet given to a consumer
     * (XINFO GROUPS' lag) and given but not acknowledged (pending); 0 when the group does not exist.
     */
    public long groupBacklog(String stream, String group) {
        for (StreamGroupInfo info : redis.client().xinfoGroups(stream)) {
            if (info.getName().equals(group)) {
                Object lag = info.getGroupInfo().get("lag");
                return info.getPending() + (lag instanceof Number undelivered ? undelivered.longValue() : 0);
            }
        }
        return 0;
    }

    private static List<Entry> entries(List<Map.Entry<String, List<StreamEntry>>> batches) {
        return batches == null ? List.of()
                : batches.stream().flatMap(batch -> batch.getValue().stream()).map(RedisStreamSource::entry).toList();
    }

    private static Entry entry(StreamEntry entry) {
        return new Entry(entry.getID().toString(), StreamEvent.of(entry.getFields()));
    }
}
