package io.ostock.platform.json;

import jakarta.json.JsonNumber;
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
import java.math.BigInteger;

/**
 * The JSON-B every resource reads and writes bodies with: the default one, except that a text
 * field takes only a JSON string, and an integer field only an integer that fits. JSON-B alone
 * turns 123 or true into "123" or "true", so that {"name":123} would be stored as the name "123",
 * and 1.5 into 1, instead of being refused (400, via UnreadableBodyExceptionMapper). Request bodies
 * reach it through {@link CheckedJsonBodyReader}.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = create();

    static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withDeserializers(new OnlyJsonStrings(), new OnlyIntegers(),
                new OnlyLongs()));
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

    /** The integer a JSON number states exactly (no fraction, no exponent, in range); null for null. */
    private static BigInteger integral(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.bigIntegerValue();
        }
        throw new JsonbException("an integer was expected, not " + value);
    }

    static final class OnlyIntegers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigInteger integer = integral(parser);
            try {
                return integer == null ? null : integer.intValueExact();
            } catch (ArithmeticException outOfRange) {
                throw new JsonbException("the integer " + integer + " is out of range");
            }
        }
    }

    static final class OnlyLongs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigInteger integer = integral(parser);
            try {
                return integer == null ? null : integer.longValueExact();
            } catch (ArithmeticException outOfRange) {
                throw new JsonbException("the integer " + integer + " is out of range");
            }
        }
    }
}
