package io.ostock.platform.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;

/**
 * The JSON-B every resource reads and writes bodies with: the default one, except that a text
 * field takes only a JSON string. JSON-B alone turns 123 or true into "123" or "true", so that
 * {"name":123} would be stored as the name "123" instead of being refused (400, via
 * UnreadableBodyExceptionMapper).
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = create();

    static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withDeserializers(new OnlyJsonStrings()));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static final class OnlyJsonStrings implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("a JSON string was expected, not " + value.getValueType());
        }
    }
}
