package io.ostock.platform.ids;

import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.problem.ProblemType;

import java.util.UUID;

/**
 * Ids arrive as text; a malformed one is the caller's mistake (400), not a missing resource. The nil
 * UUID is no valid id: nothing is created with it, so no filter or rule can meet it by accident.
 */
public final class Ids {

    private static final java.util.regex.Pattern CANONICAL =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final UUID NIL = new UUID(0, 0);

    private Ids() {
    }

    public static UUID parse(String name, String raw) {
        if (raw == null || !CANONICAL.matcher(raw).matches()) {
            throw new ProblemException(ProblemType.INVALID_ID, name + " must be a UUID such as 3f2b1c9e-8d4a-4e7b-9c1d-2a5f6e7b8c9d",
                    java.util.List.of(new io.ostock.platform.problem.Problem.FieldError(name, "must be a UUID")));
        }
        UUID id = UUID.fromString(raw);
        if (id.equals(NIL)) {
            throw new ProblemException(ProblemType.INVALID_ID, name + " must not be the nil UUID: nothing has that id",
                    java.util.List.of(new io.ostock.platform.problem.Problem.FieldError(name, "must not be the nil UUID")));
        }
        return id;
    }
}
