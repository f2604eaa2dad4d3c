package io.ostock.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last resort: logs the failure with its stack trace and answers without one. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        // A failure at commit time arrives wrapped (TransactionalException, RollbackException...).
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.PersistenceException persistence) {
                return PersistenceExceptionMapper.responseFor(persistence, uriInfo);
            }
        }
        LOG.error("Unhandled failure", exception);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "The request could not be completed; quote the correlation id when reporting it", uriInfo);
    }
}
