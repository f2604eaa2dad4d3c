package io.ostock.platform.lifecycle;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodicTaskTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger taskLogger = (Logger) LoggerFactory.getLogger(PeriodicTask.class);

    @BeforeEach
    void captureLog() {
        log.start();
        taskLogger.addAppender(log);
    }

    @AfterEach
    void release() {
        taskLogger.detachAppender(log);
        executor.shutdownNow();
    }

    @Test
    void failuresDoNotEndTheScheduleAndAreLoggedOncePerOutage() throws InterruptedException {
        // fail, fail, fail, succeed, fail, then succeed for ever
        Deque<Boolean> outcomes = new ArrayDeque<>(List.of(false, false, false, true, false));
        CountDownLatch eightRuns = new CountDownLatch(8);
        PeriodicTask task = PeriodicTask.start(executor, "Test job", Duration.ZERO, Duration.ofMillis(5), () -> {
            eightRuns.countDown();
            Boolean succeeds = outcomes.poll();
            if (succeeds != null && !succeeds) {
                throw new IllegalStateException("dependency down");
            }
        });
        assertTrue(eightRuns.await(5, TimeUnit.SECONDS), "the task kept running after failures");
        task.stop();

        List<String> lines = log.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        assertEquals(List.of(
                "WARN Test job failed, retrying on schedule (logged again only after a success): "
                        + "java.lang.IllegalStateException: dependency down",
                "INFO Test job works again",
                "WARN Test job failed, retrying on schedule (logged again only after a success): "
                        + "java.lang.IllegalStateException: dependency down",
                "INFO Test job works again"), lines);
        assertFalse(task.failing());
    }

    @Test
    void noRunStartsAfterStop() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRun = new CountDownLatch(1);
        PeriodicTask task = PeriodicTask.start(executor, "Stopped job", Duration.ZERO, Duration.ofMillis(5), () -> {
            runs.incrementAndGet();
            firstRun.countDown();
        });
        assertTrue(firstRun.await(5, TimeUnit.SECONDS));
        task.stop();
        int afterStop = runs.get();
        Thread.sleep(100);
        assertTrue(runs.get() <= afterStop + 1, "at most the run under way at stop() finishes");
    }

    @Test
    void runOnceRunsBesideTheScheduleWithTheSameLogging() {
        PeriodicTask task = PeriodicTask.start(executor, "Nudged job", Duration.ofHours(1), Duration.ofHours(1), () -> {
            throw new IllegalStateException("nope");
        });
        task.runOnce();
        task.runOnce();
        task.stop();
        assertTrue(task.failing());
        assertEquals(1, log.list.stream().filter(e -> e.getLevel() == Level.WARN).count());
    }
}
