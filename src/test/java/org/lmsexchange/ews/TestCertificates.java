package org.lmsexchange.ews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The certificates the tests use, made once per test run (keytool takes about a second each) in a temporary
 * directory that is removed when the JVM ends.
 */
public final class TestCertificates {

    private static final Path DIRECTORY = directory();

    /** The sandbox's server certificate, for 127.0.0.1 and localhost. */
    public static final SelfSignedCertificate LOOPBACK = make(() -> SelfSignedCertificate.forLoopback(DIRECTORY));
    /** A server certificate for another host name only. */
    public static final SelfSignedCertificate OTHER_HOST = make(() -> SelfSignedCertificate.forOtherHost(DIRECTORY));
    /** The connector app's client certificate, registered with the sandbox's token endpoint. */
    public static final SelfSignedCertificate APP = make(() -> SelfSignedCertificate.forApp(DIRECTORY, "connector-app"));
    /** A client certificate nobody registered. */
    public static final SelfSignedCertificate STRANGER = make(() -> SelfSignedCertificate.forApp(DIRECTORY, "stranger"));

    private TestCertificates() {
    }

    /** A file in the certificates' directory, for a test's own files (e.g. a broken trust store). */
    public static Path file(String name) {
        return DIRECTORY.resolve(name);
    }

    private interface Maker {
        SelfSignedCertificate make() throws Exception;
    }

    private static SelfSignedCertificate make(Maker maker) {
        try {
            return maker.make();
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    private static Path directory() {
        try {
            Path directory = Files.createTempDirectory("test-certificates");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // the JVM is ending; a left-over temporary directory is harmless
        }
    }
}
