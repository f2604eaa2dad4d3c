package it.io.ostock.licensing;

import io.ostock.testsupport.DelayingProxy;
import io.ostock.testsupport.StackEnv;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The licensing test instances reach Organization through this proxy (their ORGANIZATION_URL is
 * LICENSING_IT_ORGANIZATION_PROXY_PORT), so that a test can slow Organization down. It runs for the
 * whole integration-test session (registered in META-INF/services; failsafe sets
 * it.organization.proxy, surefire's unit tests do without).
 */
public class OrganizationProxy implements LauncherSessionListener {

    private static DelayingProxy proxy;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.organization.proxy") == null) {
            return;
        }
        try {
            proxy = new DelayingProxy(StackEnv.port("LICENSING_IT_ORGANIZATION_PROXY_PORT"), "localhost",
                    StackEnv.port("LICENSING_IT_ORGANIZATION_HTTP_PORT"));
        } catch (IOException e) {
            throw new UncheckedIOException("The Organization proxy cannot listen", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (proxy != null) {
            try {
                proxy.close();
            } catch (IOException ignored) {
                // the session is over
            }
        }
    }

    /** Every request to Organization waits this long from now on; Duration.ZERO restores it. */
    static void delay(Duration delay) {
        if (proxy == null) {
            throw new IllegalStateException("The Organization proxy is not running (set it.organization.proxy)");
        }
        proxy.delay(delay);
    }
}
