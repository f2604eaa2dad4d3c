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
import static it.io.ostock.observability.ObservabilityWorld.NEVER_STARTED_PORT;
import static it.io.ostock.observability.ObservabilityWorld.promQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An alert's whole way: Prometheus finds an Organization instance down (its scrape target, where no
 * server was ever started), OstockInstanceDown fires after its minute, and Alertmanager delivers it to
 * the webhook receiver (this test), labelled and described as an operator reads it. The rules' logic,
 * alert by alert, is unit-tested by promtool (observability/prometheus/tests).
 */
class AlertingIT {

    @Test
    void anInstanceDownReachesTheWebhookReceiver() throws IOException {
        List<JsonObject> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", ALERT_RECEIVER_PORT), 0);
        receiver.createContext("/alerts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Json.createReader(new StringReader(body)).readObject());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String instance = "127.0.0.1:" + NEVER_STARTED_PORT;
            Eventually.await(Duration.ofSeconds(120), "OstockInstanceDown firing in Prometheus", () ->
                    !promQuery("ALERTS{alertname=\"OstockInstanceDown\",alertstate=\"firing\",instance=\"" + instance + "\"}").isEmpty());
            JsonObject alert = Eventually.await(Duration.ofSeconds(90), "the alert at the webhook receiver", () ->
                    received.stream().flatMap(message -> message.getJsonArray("alerts").stream()).map(JsonValue::asJsonObject)
                            .filter(one -> "OstockInstanceDown".equals(one.getJsonObject("labels").getString("alertname"))
                                    && instance.equals(one.getJsonObject("labels").getString("instance", "")))
                            .findFirst().orElse(null));
            assertEquals("firing", alert.getString("status"));
            assertEquals("organization-service", alert.getJsonObject("labels").getString("service"));
            assertEquals("page", alert.getJsonObject("labels").getString("severity"));
            assertEquals("organization-service instance " + instance + " does not answer",
                    alert.getJsonObject("annotations").getString("summary"));
        } finally {
            receiver.stop(0);
        }
    }
}
