package io.ostock.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** ops/stack.env, the one place for ports and URLs, as the tests see it. */
public final class StackEnv {

    private static final Properties VALUES = load();

    private StackEnv() {
    }

    /** The checkout's root (failsafe passes it as the system property ostock.root). */
    public static Path root() {
        String root = System.getProperty("ostock.root");
        if (root == null) {
            throw new IllegalStateException("System property ostock.root is not set: run the tests through Maven");
        }
        return Path.of(root);
    }

    public static String get(String key) {
        String value = VALUES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not defined in ops/stack.env");
        }
        return value.strip();
    }

    public static int port(String key) {
        return Integer.parseInt(get(key));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(root().resolve("ops/stack.env"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
