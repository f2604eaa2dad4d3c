package io.ostock.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonbTest {

    public record Named(String name, Integer size, List<String> tags) {
    }

    private final Jsonb jsonb = StrictJsonb.create();

    @Test
    void textFieldsTakeJsonStringsAndNull() {
        Named named = jsonb.fromJson("{\"name\":\"Acme\",\"size\":3,\"tags\":[\"a\"]}", Named.class);
        assertEquals(new Named("Acme", 3, List.of("a")), named);
        assertNull(jsonb.fromJson("{\"name\":null}", Named.class).name());
        assertNull(jsonb.fromJson("{}", Named.class).name());
    }

    @Test
    void numbersBooleansObjectsAndArraysAreNotText() {
        for (String body : List.of("{\"name\":123}", "{\"name\":true}", "{\"name\":{\"a\":1}}", "{\"name\":[\"x\"]}",
                "{\"tags\":[1]}")) {
            assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Named.class), body);
        }
    }

    @Test
    void integerFieldsTakeOnlyIntegersThatFit() {
        assertEquals(7, jsonb.fromJson("{\"size\":7}", Named.class).size());
        assertEquals(-2147483648, jsonb.fromJson("{\"size\":-2147483648}", Named.class).size());
        for (String body : List.of("{\"size\":1.5}", "{\"size\":1.0}", "{\"size\":1e2}", "{\"size\":2147483648}",
                "{\"size\":\"7\"}", "{\"size\":true}", "{\"size\":99999999999999999999}")) {
            assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Named.class), body);
        }
    }

    @Test
    void writingIsUnchanged() {
        assertEquals("{\"name\":\"Acme\",\"size\":3}", jsonb.toJson(new Named("Acme", 3, null)));
        assertEquals("{\"k\":\"v\"}", jsonb.toJson(Map.of("k", "v")));
    }
}
