package io.ostock.platform.json;

import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.problem.ProblemType;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body that maps to an object: at most {@link #MAX_BODY_BYTES} (413
 * problem beyond, refused on its Content-Length before reading when it declares one), checked by
 * {@link JsonBodyCheck}, then mapped by the platform's JSON-B ({@link StrictJsonb}). An empty body
 * reads as null, which the resource's @NotNull refuses.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class CheckedJsonBodyReader implements MessageBodyReader<Object> {

    /** The largest request body taken: the biggest real one (an organization with its fields) is under 2 KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !type.isPrimitive() && !type.isArray() && type != String.class
                && !InputStream.class.isAssignableFrom(type) && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String declared = headers.getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (body.length == 0) {
            return null;
        }
        return StrictJsonb.JSONB.fromJson(JsonBodyCheck.check(body), genericType);
    }

    private static ProblemException tooLarge() {
        return new ProblemException(ProblemType.CONTENT_TOO_LARGE,
                "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB");
    }
}
