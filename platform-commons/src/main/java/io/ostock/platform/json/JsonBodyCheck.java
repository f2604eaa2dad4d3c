package io.ostock.platform.json;

import io.ostock.platform.problem.ProblemException;
import io.ostock.platform.problem.ProblemType;
import io.ostock.platform.text.Text;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What a request body must be before JSON-B maps it: valid UTF-8, one JSON value and nothing after
 * it, no key twice in an object, and no control character (other than tab, line feed and carriage
 * return) nor broken surrogate pair in any text. PostgreSQL refuses a NUL in text (a 500 before this
 * check), and a duplicated key or trailing content means the client and the service could read the
 * same body differently. Each refusal is a 400 problem naming the field at fault.
 */
public final class JsonBodyCheck {

    private JsonBodyCheck() {
    }

    /** The body as text, once it passed every check; 400 otherwise. */
    public static String check(byte[] body) {
        String text = Text.utf8(body).orElseThrow(() -> malformed("it is not valid UTF-8"));
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            walk(parser);
            if (parser.hasNext()) {
                throw malformed("content follows the JSON value");
            }
        } catch (JsonParsingException notJson) {
            throw malformed("it is not well-formed JSON (" + notJson.getLocation() + ")");
        }
        return text;
    }

    /** One frame per open object (its keys) or array (its next index). */
    private static final class Frame {
        final Set<String> keys;
        int index;
        String key;

        Frame(boolean object) {
            keys = object ? new HashSet<>() : null;
        }
    }

    private static void walk(JsonParser parser) {
        Deque<Frame> open = new ArrayDeque<>();
        if (!parser.hasNext()) {
            return;
        }
        do {
            JsonParser.Event event = parser.next();
            switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    count(open);
                    open.push(new Frame(event == JsonParser.Event.START_OBJECT));
                }
                case END_OBJECT, END_ARRAY -> open.pop();
                case KEY_NAME -> {
                    Frame object = open.peek();
                    object.key = parser.getString();
                    if (!object.keys.add(object.key)) {
                        throw ProblemException.invalidField(path(open), "appears twice in the same object");
                    }
                    if (Text.hasForbiddenCharacter(object.key, false)) {
                        throw ProblemException.invalidField(path(open),
                                "a field name must not contain control characters");
                    }
                }
                case VALUE_STRING -> {
                    count(open);
                    if (Text.hasForbiddenCharacter(parser.getString(), true)) {
                        throw ProblemException.invalidField(path(open),
                                "must not contain control characters or broken Unicode");
                    }
                }
                default -> count(open);
            }
        } while (!open.isEmpty());
    }

    /** A value in an array moves the array's index on (the path then names it). */
    private static void count(Deque<Frame> open) {
        Frame parent = open.peek();
        if (parent != null && parent.keys == null) {
            parent.index++;
        }
    }

    /** The JSON path of the value just read: name, contacts[1].email, [0]. */
    private static String path(Deque<Frame> open) {
        StringBuilder path = new StringBuilder();
        var frames = open.descendingIterator();
        while (frames.hasNext()) {
            Frame frame = frames.next();
            if (frame.keys == null) {
                path.append('[').append(frame.index - 1).append(']');
            } else if (frame.key != null) {
                path.append(path.isEmpty() ? "" : ".").append(frame.key);
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static ProblemException malformed(String why) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is not acceptable: " + why);
    }
}
