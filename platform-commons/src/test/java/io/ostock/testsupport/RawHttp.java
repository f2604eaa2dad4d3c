package io.ostock.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HTTP/1.1 requests written byte for byte over a socket, for what the JDK client refuses to send: a
 * request target with a broken escape (%zz), several headers of one name, odd spacing in a header.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** GET TARGET on localhost:PORT with these header lines ("Name: value"); the whole answer as text. */
    public static String get(int port, String target, List<String> headerLines) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
            headerLines.forEach(header -> request.append(header).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + target + " on port " + port + " failed", e);
        }
    }

    /** The status code of a whole answer. */
    public static int status(String answer) {
        return Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    /** Whether a whole answer is application/problem+json. */
    public static boolean isProblem(String answer) {
        return answer.toLowerCase().contains("\r\ncontent-type: application/problem+json");
    }
}
