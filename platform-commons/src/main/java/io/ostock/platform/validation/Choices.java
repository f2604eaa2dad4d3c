package io.ostock.platform.validation;

import io.ostock.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses enum values from request text, naming the allowed values when the text is not one of them. */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text != null) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(text)) {
                    return value;
                }
            }
        }
        throw ProblemException.invalidField(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
