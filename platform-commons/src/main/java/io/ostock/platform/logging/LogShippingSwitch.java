package io.ostock.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Turns the log intake appender off when LOG_SHIPPING=off (logback.xml): where no intake exists, and
 * for the benchmark that measures what shipping costs. Lines still go to the service's file.
 */
public class LogShippingSwitch extends Filter<ILoggingEvent> {

    private boolean off;

    @Override
    public void start() {
        off = "off".equalsIgnoreCase(System.getenv("LOG_SHIPPING"));
        super.start();
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return off ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
