package org.lmsexchange.settings;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The connector's jar as a user runs it, in a JVM of its own: {@code java -cp <the main classes and libraries>
 * org.lmsexchange.Launcher ...} in a working directory, with an environment, of the test's choosing. The classpath
 * is the one the tests run with, minus the test classes (whose log4j2-test.properties would replace the jar's own
 * logging): the same classes and resources the jar carries. Output and errors go to one file the test reads.
 */
final class ConnectorProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ConnectorProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code Launcher} with {@code arguments} in {@code directory}, with {@code environment} added. */
    static ConnectorProcess start(Path directory, Map<String, String> environment, List<String> jvmOptions,
                                  String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", mainClasspath(), "org.lmsexchange.Launcher"));
        command.addAll(Arrays.asList(arguments));
        Path output = Files.createTempFile("connector-process", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return new ConnectorProcess(builder.start(), output);
    }

    /** Everything the process printed so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the process printed a line containing {@code text}. */
    void awaitOutput(String text, Duration atMost) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                    .failFast("the process ended", () -> !process.isAlive() && !output().contains(text))
                    .until(() -> output().contains(text));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError("no '" + text + "' in what the process printed:\n" + output(), e);
        }
    }

    /** The exit code, once the process ended by itself within {@code atMost}; null if it is still running. */
    Integer exitCode(Duration atMost) throws InterruptedException {
        return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** Stops the process as Ctrl-C or `docker stop` would (SIGTERM), and removes its output file. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(output);
    }

    /** Surefire names the test classpath in surefire.test.class.path; java.class.path may be its manifest jar. */
    private static String mainClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
