package io.ostock.platform.problem;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page of the web application (META-INF/web-fragment.xml): the web container sends here the
 * errors it answers itself before any resource runs, a request target it refuses (400: an encoded dot
 * segment) or a path it will not serve (404: WEB-INF/), and any exception that reached it. Answered
 * as problem+json, with nothing of the server's classes. Asked for directly, it is just not found.
 */
@WebServlet(urlPatterns = "/container-error")
public class ContainerErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            BareErrorAnswers.notFound(request, response);
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        BareErrorAnswers.containerError(response, status instanceof Integer code ? code : 500,
                failedPath == null ? null : failedPath.toString());
    }
}
