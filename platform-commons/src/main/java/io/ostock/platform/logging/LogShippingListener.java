package io.ostock.platform.logging;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import net.logstash.logback.appender.listener.TcpAppenderListener;

/**
 * What the log intake appender (logback.xml) did with each line: sent, or dropped, because its bounded
 * buffer was full (the intake down or slow: a request never waits for it) or the connection broke while
 * the line was being written. Logback makes this listener before the application starts, so the counts
 * live here and {@link LogShippingMetrics} publishes them.
 */
public class LogShippingListener implements TcpAppenderListener<ILoggingEvent> {

    private static final AtomicLong SENT = new AtomicLong();
    private static final AtomicLong DROPPED = new AtomicLong();
    private static volatile boolean connected;

    static long sent() {
        return SENT.get();
    }

    static long dropped() {
        return DROPPED.get();
    }

    static boolean connected() {
        return connected;
    }

    @Override
    public void eventSent(Appender<ILoggingEvent> appender, Socket socket, ILoggingEvent event, long durationInNanos) {
        SENT.incrementAndGet();
    }

    @Override
    public void eventAppendFailed(Appender<ILoggingEvent> appender, ILoggingEvent event, Throwable reason) {
        DROPPED.incrementAndGet();
    }

    @Override
    public void eventSendFailure(Appender<ILoggingEvent> appender, ILoggingEvent event, Throwable reason) {
        DROPPED.incrementAndGet();
    }

    @Override
    public void connectionOpened(Appender<ILoggingEvent> appender, Socket socket) {
        connected = true;
    }

    @Override
    public void connectionFailed(Appender<ILoggingEvent> appender, InetSocketAddress address, Throwable reason) {
        connected = false;
    }

    @Override
    public void connectionClosed(Appender<ILoggingEvent> appender, Socket socket) {
        connected = false;
    }
}
