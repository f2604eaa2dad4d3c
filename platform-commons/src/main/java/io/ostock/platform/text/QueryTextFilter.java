package io.ostock.platform.text;

import io.ostock.platform.problem.Problem;
import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/**
 * Query parameters are text as much as body fields are: a control character (a NUL, which
 * PostgreSQL refuses, a line break...) or a broken surrogate pair in a parameter's name or value is a
 * 400 problem naming the parameter, before any resource sees it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class QueryTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().getRawQuery() == null) {
            return;
        }
        MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean forbidden = Text.hasForbiddenCharacter(parameter.getKey(), false)
                    || parameter.getValue().stream().anyMatch(value -> Text.hasForbiddenCharacter(value, false));
            if (forbidden) {
                String name = Text.hasForbiddenCharacter(parameter.getKey(), false) ? "(a parameter name)"
                        : parameter.getKey();
                String message = "must not contain control characters or broken Unicode";
                throw new ProblemException(ProblemType.INVALID_FIELDS, "Query parameter " + name + " " + message,
                        List.of(new Problem.FieldError(name, message)));
            }
        }
    }
}
