package io.ostock.platform.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures the JAX-RS runtime raises itself (unknown path, wrong method, unsupported media type,
 * unreadable body) get the same problem+json shape as our own. Their messages are not echoed:
 * they can carry parser internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof ProblemException refusedParameter) {
            // a parameter converter's refusal, which the runtime wraps in a bare 404 or 400
            return ProblemResponses.of(refusedParameter, uriInfo);
        }
        int status = exception.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 400 -> "The request could not be read: check that the body is well-formed JSON of the expected shape";
            case 404 -> exception instanceof NotFoundException ? "No resource at this path" : "Not found";
            case 405 -> "This method is not allowed here";
            case 406 -> "The requested representation is not available; ask for application/json";
            case 415 -> "Send the body as application/json";
            default -> type.title();
        };
        Response response = ProblemResponses.of(type, status, detail, java.util.List.of(), uriInfo);
        if (exception instanceof NotAllowedException) {
            return Response.fromResponse(response)
                    .allow(exception.getResponse().getAllowedMethods()).build();
        }
        return response;
    }
}
