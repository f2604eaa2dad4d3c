package io.ostock.platform.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Work repeated with a fixed delay between the end of one run and the start of the next (the Eureka
 * heartbeat, the registry copy, the outbox relay, the expiry job). A run that throws does not end the
 * schedule: the failure is logged once, with its message, and logged again only after a run succeeded
 * in between, so that a dependency that stays down writes one line, not one per run.
 */
public final class PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Runnable work;
    private volatile boolean failing;
    private volatile ScheduledFuture<?> schedule;

    private PeriodicTask(String name, Runnable work) {
        this.name = name;
        this.work = work;
    }

    /** Runs work after initialDelay, then delay after the end of each run, until {@link #stop()}. */
    public static PeriodicTask start(ScheduledExecutorService executor, String name, Duration initialDelay,
                                     Duration delay, Runnable work) {
        PeriodicTask task = new PeriodicTask(name, Objects.requireNonNull(work));
        task.schedule = executor.scheduleWithFixedDelay(task::runOnce, initialDelay.toMillis(), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return task;
    }

    /** Runs now, besides the schedule (e.g. when new work arrived); the same failure logging applies. */
    public void runOnce() {
        try {
            work.run();
            if (failing) {
                failing = false;
                LOG.info("{} works again", name);
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("{} failed, retrying on schedule (logged again only after a success): {}", name, e.toString());
            }
        }
    }

    /** Whether the last run failed. */
    public boolean failing() {
        return failing;
    }

    /** No run starts after this; one under way finishes. */
    public void stop() {
        ScheduledFuture<?> current = schedule;
        if (current != null) {
            current.cancel(false);
        }
    }
}
