package io.ostock.tokenguard;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import org.eclipse.parsson.JsonProviderImpl;

import java.io.StringReader;

/** JSON reading through Parsson directly: a Liberty library's class loader may not find a provider by lookup. */
final class Json {

    private static final JsonProvider PROVIDER = new JsonProviderImpl();

    private Json() {
    }

    /** The JSON object in the text; JsonException or ClassCastException when it is not one. */
    static JsonObject object(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
