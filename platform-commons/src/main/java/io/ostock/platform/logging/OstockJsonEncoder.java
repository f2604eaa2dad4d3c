package io.ostock.platform.logging;

import ch.qos.logback.core.CoreConstants;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;

/**
 * One JSON object per log line, the same for the log file and the log intake (logback.xml): the
 * logstash encoder's fields (@timestamp, level, logger_name, thread_name, message, stack_trace and the
 * MDC's correlation_id, trace_id and span_id) plus service and instance, with secrets masked before
 * the line is written: fields named like credentials, bearer tokens and JWTs anywhere in a value.
 * The field names are the ones Elasticsearch's logs-ostock index template maps.
 */
public class OstockJsonEncoder extends LogstashEncoder {

    static final String MASK = "****";

    @Override
    public void start() {
        String service = property("SERVICE", "ostock-service");
        String instance = property(CoreConstants.HOSTNAME_KEY, "localhost") + ":" + service + ":" + property("HTTP_PORT", "0");
        // The context's properties (HOSTNAME, SERVICE) are read here, not written as fields of their own.
        setIncludeContext(false);
        setCustomFields("{\"service\":\"" + jsonText(service) + "\",\"instance\":\"" + jsonText(instance) + "\"}");
        getFieldNames().setLevelValue("[ignore]");
        getFieldNames().setVersion("[ignore]");
        addDecorator(secretsMasked());
        super.start();
    }

    static MaskingJsonGeneratorDecorator secretsMasked() {
        MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
        masking.setDefaultMask(MASK);
        for (String field : new String[] {"password", "secret", "token", "access_token", "refresh_token", "authorization"}) {
            masking.addPath(field);
        }
        masking.addValue("(?i)bearer\\s+[A-Za-z0-9._~+/=-]+");
        masking.addValue("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
        masking.addValue("(?i)(password|passwd|secret)=[^&\\s,;]+");
        masking.start();
        return masking;
    }

    private String property(String name, String fallback) {
        String value = getContext().getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String jsonText(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
