package io.ostock.platform.lifecycle;

import jakarta.interceptor.Interceptor;

/**
 * The order in which a service starts, as priorities of its {@code Startup} observers:
 * {@code void start(@Observes @Priority(StartupPhase.BACKGROUND_WORK) Startup startup)}.
 * CDI calls lower priorities first.
 */
public final class StartupPhase {

    /** The database schema (SchemaMigration): everything after it may use the tables. */
    public static final int MIGRATE = Interceptor.Priority.PLATFORM_BEFORE;

    /** Work that runs beside the requests: relays, stream followers, jobs, the registry copy. */
    public static final int BACKGROUND_WORK = Interceptor.Priority.APPLICATION + 100;

    /** Discovery registration, once everything the service serves with has started. */
    public static final int REGISTER = Interceptor.Priority.PLATFORM_AFTER;

    private StartupPhase() {
    }
}
