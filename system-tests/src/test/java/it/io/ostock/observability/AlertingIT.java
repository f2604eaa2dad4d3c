package it.io.ostock.observability;

import com.sun.net.httpserver.HttpServer;
import io.ostock.testsupport.Eventually;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static it.io.ostock.observability.ObservabilityWorld.ALERT_RECEIVER_PORT;
import static it.io.ostock.observability.ObservabilityWorld.STAND_IN_PORT;
import static it.io.ostock.observability.ObservabilityWorld.promQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An alert's whole way: a scraped Organization instance goes down (a stand-in serving /metrics on the
 * port Prometheus scrapes as one, stopped by the test), OstockInstanceDown fires after its minute, and
 * Alertmanager delivers it to the webhook receiver (this test), labelled and described as an operator
 * reads it. The rules' logic, alert by alert, is unit-tested by promtool (observability/prometheus/tests).
 */
class AlertingIT {

    private static final String INSTANCE = "127.0.0.1:" + STAND_IN_PORT;

    @Test
    void anInstanceThatGoesDownReachesTheWebhookReceiver() throws IOException {
        List<JsonObject> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", ALERT_RECEIVER_PORT), 0);
        receiver.createContext("/alerts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Json.createReader(new StringReader(body)).readObject());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        HttpServer instance = HttpServer.create(new InetSocketAddress("127.0.0.1", STAND_IN_PORT), 0);
        instance.createContext("/metrics", exchange -> {
            byte[] metrics = "# TYPE jvm_uptime_seconds gauge\njvm_uptime_seconds 1\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, metrics.length);
            exchange.getResponseBody().write(metrics);
            exchange.close();
        });
        receiver.start();
        instance.start();
        try {
            Eventually.await(Duration.ofSeconds(60), "Prometheus scraping the instance, no alert for it", () ->
                    !promQuery("up{instance=\"" + INSTANCE + "\"} == 1").isEmpty()
                            && promQuery("ALERTS{alertname=\"OstockInstanceDown\",instance=\"" + INSTANCE + "\"}").isEmpty());
            instance.stop(0);
            received.clear();

            Eventually.await(Duration.ofSeconds(120), "OstockInstanceDown firing in Prometheus", () ->
                    !promQuery("ALERTS{alertname=\"OstockInstanceDown\",alertstate=\"firing\",instance=\"" + INSTANCE + "\"}").isEmpty());
            JsonObject alert = Eventually.await(Duration.ofSeconds(60), "the alert at the webhook receiver", () ->
                    received.stream().flatMap(message -> message.getJsonArray("alerts").stream()).map(JsonValue::asJsonObject)
                            .filter(one -> "firing".equals(one.getString("status"))
                                    && "OstockInstanceDown".equals(one.getJsonObject("labels").getString("alertname"))
                                    && INSTANCE.equals(one.getJsonObject("labels").getString("instance", "")))
                            .findFirst().orElse(null));
            assertEquals("organization-service", alert.getJsonObject("labels").getString("service"));
            assertEquals("page", alert.getJsonObject("labels").getString("severity"));
            assertEquals("organization-service instance " + INSTANCE + " does not answer",
                    alert.getJsonObject("annotations").getString("summary"));
        } finally {
            instance.stop(0);
            receiver.stop(0);
        }
    }
}
