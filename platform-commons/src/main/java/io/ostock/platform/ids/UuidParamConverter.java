package io.ostock.platform.ids;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Lets resources take ids as {@code @PathParam("orgId") UUID orgId}: the text goes through
 * {@link Ids#parse}, so a malformed id is the same 400 naming the parameter as everywhere else,
 * where the runtime's own conversion (UUID.fromString) would accept non-canonical forms and
 * answer a failure with a bare 404.
 */
@Provider
public class UuidParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                return Ids.parse(name, value);
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return "id";
    }
}
