package io.ostock.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import net.logstash.logback.appender.LogstashTcpSocketAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipping appender as logback.xml sets it up, against a TCP listener in the test. */
class LogShippingTest {

    private final LoggerContext context = new LoggerContext();
    private LogstashTcpSocketAppender appender;

    @AfterEach
    void stop() {
        if (appender != null) {
            appender.stop();
        }
        context.stop();
    }

    @Test
    void linesArriveAsJsonWithServiceInstanceAndMaskedSecrets() throws Exception {
        context.putProperty("SERVICE", "licensing-service");
        context.putProperty("HOSTNAME", "host-a");
        context.putProperty("HTTP_PORT", "8082");
        try (ServerSocket intake = new ServerSocket(0)) {
            Logger logger = shippingLogger(intake.getLocalPort(), 8192);
            logger.info("called with Authorization: Bearer abc.def.ghi and password=hunter2");
            intake.setSoTimeout(5_000);
            try (Socket connection = intake.accept();
                 BufferedReader lines = new BufferedReader(
                         new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
                connection.setSoTimeout(5_000);
                String line = lines.readLine();
                assertTrue(line.startsWith("{") && line.endsWith("}"), line);
                assertTrue(line.contains("\"service\":\"licensing-service\""), line);
                assertTrue(line.contains("\"instance\":\"host-a:licensing-service:8082\""), line);
                assertFalse(line.contains("abc.def.ghi"), line);
                assertFalse(line.contains("hunter2"), line);
                assertTrue(line.contains(OstockJsonEncoder.MASK), line);
                assertFalse(line.contains("HOSTNAME"), "context properties are not fields of their own: " + line);
            }
            await(() -> LogShippingListener.sent() > 0);
        }
    }

    @Test
    void anUnreachableIntakeNeverBlocksTheCallerAndCountsWhatItDrops() throws Exception {
        int closedPort;
        try (ServerSocket nobodyListens = new ServerSocket(0)) {
            closedPort = nobodyListens.getLocalPort();
        }
        Logger logger = shippingLogger(closedPort, 64);
        long droppedBefore = LogShippingListener.dropped();

        Instant started = Instant.now();
        for (int i = 0; i < 1_000; i++) {
            logger.info("line {}", i);
        }
        Duration took = Duration.between(started, Instant.now());

        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "1000 lines took " + took);
        // The buffer holds 64 lines while the appender waits to reconnect; the rest are dropped.
        long dropped = LogShippingListener.dropped() - droppedBefore;
        assertTrue(dropped >= 1_000 - 64 - 1, "dropped " + dropped);
        assertFalse(LogShippingListener.connected());
    }

    private Logger shippingLogger(int port, int bufferSize) {
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        OstockJsonEncoder encoder = new OstockJsonEncoder();
        encoder.setContext(context);
        encoder.start();
        appender = new LogstashTcpSocketAppender();
        appender.setContext(context);
        appender.addDestination("127.0.0.1:" + port);
        appender.setRingBufferSize(bufferSize);
        appender.setReconnectionDelay(ch.qos.logback.core.util.Duration.buildBySeconds(30));
        appender.setShutdownGracePeriod(ch.qos.logback.core.util.Duration.buildByMilliseconds(200));
        appender.addListener(new LogShippingListener());
        appender.setEncoder(encoder);
        appender.start();
        Logger logger = context.getLogger("test");
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
        return logger;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(5);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                assertEquals(true, condition.getAsBoolean(), "not within 5 s");
            }
            Thread.sleep(20);
        }
    }
}
