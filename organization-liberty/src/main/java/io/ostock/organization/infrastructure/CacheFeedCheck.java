package io.ostock.organization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the read cache's event feed is being followed. Always UP: without the feed the
 * cache is cleared and reads go to the database, which is slower but right.
 */
@Readiness
@ApplicationScoped
public class CacheFeedCheck implements HealthCheck {

    @Inject
    OrganizationEventListener listener;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("read-cache").up()
                .withData("event-feed", listener.following() ? "following" : "interrupted (cache bypassed)")
                .build();
    }
}
