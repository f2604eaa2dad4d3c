package io.ostock.platform.persistence;

import io.ostock.platform.lifecycle.StartupPhase;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * Brings the service's database (datasource jdbc/ostock) to the schema its build expects (Flyway,
 * the service's db/migration) before anything else starts. A failed migration stops the
 * application from starting: it never serves an old schema.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    @Resource(lookup = "jdbc/ostock")
    DataSource dataSource;

    private volatile boolean done;

    void migrate(@Observes @Priority(StartupPhase.MIGRATE) Startup startup) {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Liberty's class loader finds a folder only through a file in it: db/migration/flyway.location.
                .failOnMissingLocations(true)
                // Flyway looks for db/callback anyway; platform-commons holds an empty one (no callbacks).
                .callbackLocations(new String[0])
                .load()
                .migrate();
        LOG.info("Schema at version {} ({} migrations applied now)", result.targetSchemaVersion,
                result.migrationsExecuted);
        done = true;
    }

    public boolean done() {
        return done;
    }
}
