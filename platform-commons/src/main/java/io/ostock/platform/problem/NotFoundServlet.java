package io.ostock.platform.problem;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The web application's default servlet: every path that no REST resource serves (any method) is a
 * 404 problem. The services serve no files, so nothing is lost by replacing the container's own.
 */
@WebServlet(urlPatterns = "/")
public class NotFoundServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BareErrorAnswers.notFound(request, response);
    }
}
