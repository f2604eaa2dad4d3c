package io.ostock.platform.persistence;

import io.ostock.platform.outbox.OutboxRelay;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Ready means: the schema is migrated and PostgreSQL answers. Redis is reported, not required: while
 * it is down writes still succeed and their events wait in the outbox.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Resource(lookup = "jdbc/ostock")
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Inject
    OutboxRelay relay;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            var response = HealthCheckResponse.named("database");
            if (!migration.done()) {
                return response.down().withData("reason", "schema migration not finished").build();
            }
            try (Connection connection = dataSource.getConnection()) {
                return response.status(connection.isValid(2)).build();
            } catch (Exception e) {
                return response.down().withData("reason", "database unreachable").build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck eventRelay() {
        return () -> HealthCheckResponse.named("event-relay").up()
                .withData("redis", relay.redisDown() ? "unreachable (events are kept in the outbox)" : "reachable")
                .withData("backlog", relay.backlog())
                .build();
    }
}
