package io.ostock.testsupport;

import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape every error answer must have: RFC 9457 problem+json, the right status, no internals. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonObject assertProblem(ApiResponse response, int status) {
        assertEquals(status, response.status(), () -> "unexpected answer: " + response);
        assertTrue(response.contentType().startsWith("application/problem+json"), () -> "not problem+json: " + response);
        JsonObject problem = response.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:ostock:problem:"), problem::toString);
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertTrue(problem.containsKey("instance"), problem::toString);
        String body = response.body();
        for (String leak : new String[]{"Exception", "\tat ", "at io.", "at org.", "SQL", "hibernate"}) {
            assertFalse(body.contains(leak), () -> "internals leak into the body: " + body);
        }
        return problem;
    }
}
