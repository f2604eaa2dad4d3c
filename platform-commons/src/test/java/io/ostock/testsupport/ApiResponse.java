package io.ostock.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** What a caller of the API sees: status, headers, body. */
public record ApiResponse(int status, HttpResponse<String> raw) {

    public String body() {
        return raw.body();
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public String etag() {
        return header("ETag").orElseThrow(() -> new AssertionError("no ETag in the response"));
    }

    public JsonObject json() {
        try (var reader = Json.createReader(new StringReader(body()))) {
            return reader.readObject();
        }
    }

    public JsonArray items() {
        return json().getJsonArray("items");
    }

    /** The id of a created resource (the last segment of Location). */
    public String createdId() {
        String location = header("Location").orElseThrow(() -> new AssertionError("no Location in: " + this));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return status + " " + raw.headers().map() + " " + body();
    }
}
