package io.ostock.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;

/**
 * The database's last word on a race the service's own checks could not see: two writers passed
 * the check at once. A lost optimistic-lock race is 412, a unique or foreign-key violation 409.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(PersistenceException exception) {
        return responseFor(exception, uriInfo);
    }

    static Response responseFor(PersistenceException exception, UriInfo uriInfo) {
        if (exception instanceof OptimisticLockException) {
            return ProblemResponses.of(ProblemType.PRECONDITION_FAILED,
                    "The resource was changed by another request; read it again and retry", uriInfo);
        }
        String sqlState = sqlState(exception);
        if (sqlState != null && sqlState.startsWith("23")) {
            return ProblemResponses.of(ProblemType.CONFLICT,
                    "The change conflicts with existing data (" + constraintKind(sqlState) + ")", uriInfo);
        }
        LOG.error("Unexpected persistence failure", exception);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR, "The request could not be completed", uriInfo);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String constraintKind(String sqlState) {
        return switch (sqlState) {
            case "23505" -> "a unique value is already taken";
            case "23503" -> "it refers to data that does not exist or is still referenced";
            default -> "a data rule was violated";
        };
    }
}
