package io.ostock.platform.stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class StreamFollowerTest {

    private final MemoryStreamSource stream = new MemoryStreamSource();
    private final List<StreamFollower> followers = new ArrayList<>();

    @AfterEach
    void stopFollowers() {
        followers.forEach(StreamFollower::stop);
    }

    @Test
    void everyEntryStartsAtTheStreamsEndAndKeepsTheOrder() {
        stream.add("BEFORE_START", "a");
        Recorder seen = new Recorder();
        follow(StreamFollower.everyEntry("test-follower", "s", stream, Thread::new, seen));
        awaitTrue("following", () -> followers.get(0).following());
        stream.add("FIRST", "b");
        stream.add("SECOND", "c");
        awaitTrue("two entries", () -> seen.types().size() == 2);
        assertEquals(List.of("FIRST", "SECOND"), seen.types());
    }

    @Test
    void anOutageIsReportedAndNoEntryStillInTheStreamIsMissed() {
        Recorder seen = new Recorder();
        StreamFollower follower = follow(StreamFollower.everyEntry("test-follower", "s", stream, Thread::new, seen));
        awaitTrue("following", follower::following);
        stream.failNext(2);
        awaitTrue("a failed read reported", () -> seen.readFailures.get() >= 1);
        assertFalse(follower.following());
        stream.add("DURING_OUTAGE", "a");
        awaitTrue("the entry after the outage", () -> seen.types().contains("DURING_OUTAGE"));
        assertEquals(2, seen.readFailures.get(), "each failed read reported");
        assertEquals(1, seen.restorations.get(), "one restoration");
        assertTrue(follower.following());
    }

    @Test
    void theGroupsConsumersShareTheEntriesAndAcknowledgeEach() {
        Recorder seen = new Recorder();
        follow(StreamFollower.inGroup("consumer-a", "s", "g", "a", Duration.ofMinutes(1), stream, Thread::new, seen));
        follow(StreamFollower.inGroup("consumer-b", "s", "g", "b", Duration.ofMinutes(1), stream, Thread::new, seen));
        awaitTrue("both following", () -> followers.stream().allMatch(StreamFollower::following));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(stream.add("E", "id-" + i));
        }
        awaitTrue("all acknowledged", () -> stream.acknowledged().size() == 20);
        List<String> handled = new ArrayList<>(seen.aggregateIds());
        Collections.sort(handled);
        assertEquals(20, handled.size(), "each entry handled once: " + handled);
        assertEquals(ids.stream().sorted().toList(), stream.acknowledged().stream().sorted().toList());
    }

    @Test
    void entriesACrashedConsumerLeftAreTakenOver() {
        stream.createGroup("s", "g");
        stream.add("E", "left-1");
        stream.add("E", "left-2");
        stream.readGroup("s", "g", "crashed", 10, 0);
        Recorder seen = new Recorder();
        follow(StreamFollower.inGroup("survivor", "s", "g", "survivor", Duration.ofMillis(50), stream, Thread::new,
                seen));
        awaitTrue("taken over", () -> stream.acknowledged().size() == 2);
        assertEquals(List.of("left-1", "left-2"), seen.aggregateIds());
    }

    @Test
    void anEntryWhoseListenerFailedIsNotAcknowledgedAndComesBack() {
        AtomicBoolean failedOnce = new AtomicBoolean();
        Recorder seen = new Recorder() {
            @Override
            public void onEvent(StreamEvent event) {
                super.onEvent(event);
                if (failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("cache unreachable");
                }
            }
        };
        follow(StreamFollower.inGroup("consumer", "s", "g", "c", Duration.ofMillis(50), stream, Thread::new, seen));
        awaitTrue("following", () -> followers.get(0).following());
        String id = stream.add("E", "retried");
        awaitTrue("acknowledged after the retry", () -> stream.acknowledged().contains(id));
        assertEquals(List.of("retried", "retried"), seen.aggregateIds());
    }

    @Test
    void aPausedFollowerReadsNothingUntilResumed() throws InterruptedException {
        Recorder seen = new Recorder();
        StreamFollower follower = follow(StreamFollower.everyEntry("test-follower", "s", stream, Thread::new, seen));
        awaitTrue("following", follower::following);
        follower.pause();
        Thread.sleep(StreamFollower.BLOCK_MILLIS + 2 * StreamFollower.PAUSED_POLL_MILLIS);
        stream.add("WHILE_PAUSED", "a");
        Thread.sleep(3 * StreamFollower.PAUSED_POLL_MILLIS);
        assertEquals(List.of(), seen.types());
        follower.resume();
        awaitTrue("read after resume", () -> seen.types().equals(List.of("WHILE_PAUSED")));
    }

    @Test
    void aStoppedFollowerReadsNoMore() throws InterruptedException {
        Recorder seen = new Recorder();
        StreamFollower follower = follow(StreamFollower.everyEntry("test-follower", "s", stream, Thread::new, seen));
        awaitTrue("following", follower::following);
        follower.stop();
        Thread.sleep(StreamFollower.BLOCK_MILLIS + 100);
        stream.add("AFTER_STOP", "a");
        Thread.sleep(StreamFollower.BLOCK_MILLIS + 100);
        assertEquals(List.of(), seen.types());
    }

    private StreamFollower follow(StreamFollower follower) {
        followers.add(follower);
        return follower;
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within 10 s: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
    }

    private static class Recorder implements StreamFollower.Listener {
        private final List<StreamEvent> events = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger readFailures = new AtomicInteger();
        final AtomicInteger restorations = new AtomicInteger();

        @Override
        public void onEvent(StreamEvent event) {
            events.add(event);
        }

        @Override
        public void onReadFailed() {
            readFailures.incrementAndGet();
        }

        @Override
        public void onFeedRestored() {
            restorations.incrementAndGet();
        }

        List<String> types() {
            synchronized (events) {
                return events.stream().map(StreamEvent::type).toList();
            }
        }

        List<String> aggregateIds() {
            synchronized (events) {
                return events.stream().map(StreamEvent::aggregateId).toList();
            }
        }
    }
}
