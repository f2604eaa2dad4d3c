package io.ostock.platform.problem;

import io.ostock.platform.domain.DomainException;
import io.ostock.platform.domain.ExpectedVersion;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DomainExceptionMapperTest {

    @Test
    void everyDomainRefusalHasTheStatusAndTypeTheApiPromises() {
        Map<DomainException, String> expected = Map.of(
                new DomainException.NotFound("License", UUID.randomUUID()), "404 urn:ostock:problem:not-found",
                new DomainException.Conflict("taken"), "409 urn:ostock:problem:conflict",
                new DomainException.InvalidStateChange("revoked"), "409 urn:ostock:problem:conflict",
                new DomainException.StaleVersion(new ExpectedVersion(Set.of(2L), "\"2\""), 3), "412 urn:ostock:problem:precondition-failed",
                new DomainException.InvalidValue("seats", "must be 1 or more"), "400 urn:ostock:problem:invalid-fields",
                new DomainException.RuleViolation("suspended"), "422 urn:ostock:problem:unprocessable",
                new DomainException.DependencyUnavailable("down"), "424 urn:ostock:problem:dependency-unavailable");
        expected.forEach((exception, answer) -> {
            Problem problem = (Problem) new DomainExceptionMapper().toResponse(exception).getEntity();
            assertEquals(answer, problem.status() + " " + problem.type(), exception.getClass().getSimpleName());
            assertEquals(exception.getMessage(), problem.detail());
        });
    }

    @Test
    void anInvalidValueNamesItsField() {
        Problem problem = (Problem) new DomainExceptionMapper()
                .toResponse(new DomainException.InvalidValue("seats", "must be 1 or more")).getEntity();
        assertEquals("seats", problem.errors().get(0).field());
        assertEquals("must be 1 or more", problem.errors().get(0).message());
    }
}
