package io.ostock.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs ops/fixtures (what the tests start and stop), for the tests that stop and start a dependency. */
public final class StackCommand {

    private StackCommand() {
    }

    public static void run(int timeoutSeconds, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(StackEnv.root().resolve("ops/fixtures").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
