package io.ostock.platform.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JSON-B provider wraps parse failures of request bodies in a ProcessingException. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException exception) {
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST,
                "The request body is not well-formed JSON of the expected shape", uriInfo);
    }
}
