package de.welcomeportal.webapp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * One portal instance in its own JVM on PostgreSQL, started from the classes and dependencies this build just made
 * (the same ones the executable jar packs), with its own port and data folder, and a log file of its own. Nodes are
 * stopped the way a server stops them: gracefully ({@code SIGTERM}) or killed ({@code SIGKILL}).
 */
final class PortalNode implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Erstes-Admin-Passwort-2026";
    private static final String MAIN_CLASS = "de.welcomeportal.webapp.WelcomePortalApplication";

    private final String name;
    private final Path dataDirectory;
    private final List<String> arguments;
    private final int port;
    private final Path log;
    private Process process;

    private PortalNode(String name, Path dataDirectory, List<String> arguments, int port) {
        this.name = name;
        this.dataDirectory = dataDirectory;
        this.arguments = arguments;
        this.port = port;
        this.log = dataDirectory.resolve(name + ".log");
    }

    /**
     * Starts a node; {@link #awaitHealthy} waits for it.
     *
     * @param properties further Spring properties, e.g. {@code portal.precheck.documents-directory=...}
     */
    static PortalNode start(String name, Path dataDirectory, Map<String, String> properties) {
        int port = freePort();
        List<String> arguments = new ArrayList<>(PostgresTestDatabase.springArguments());
        arguments.add("--server.port=" + port);
        arguments.add("--portal.data-directory=" + dataDirectory);
        arguments.add("--portal.content.directory=" + Path.of("../content").toAbsolutePath().normalize());
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        PortalNode node = new PortalNode(name, dataDirectory, List.copyOf(arguments), port);
        node.launch();
        return node;
    }

    private void launch() {
        try {
            Files.createDirectories(dataDirectory);
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                    "-cp", applicationClasspath(), MAIN_CLASS));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start portal node " + name, e);
        }
    }

    /** Waits until the node answers its health check; fails with the node's log if it died or took too long. */
    PortalNode awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Portal node " + name + " exited with " + process.exitValue() + ":\n"
                        + logTail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("Portal node " + name + " not healthy after " + timeout + ":\n" + logTail());
    }

    /** Kills the JVM at once ({@code SIGKILL}): no shutdown hook, no graceful stop, transactions cut off. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Starts the node again on the same port, database and data folder. */
    PortalNode restart() {
        launch();
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String name() {
        return name;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String logTail() {
        String all = log();
        return all.length() > 8000 ? all.substring(all.length() - 8000) : all;
    }

    /** Stops gracefully ({@code SIGTERM}), as a service manager does. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }

    /**
     * The test JVM's classpath without the test classes (they would add test configuration to the portal). Surefire
     * may hand it over as a manifest-only jar, whose {@code Class-Path} is read then.
     */
    private static String applicationClasspath() {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.getFirst().contains("surefirebooter")) {
            try (JarFile booter = new JarFile(entries.getFirst())) {
                Manifest manifest = booter.getManifest();
                entries = Arrays.stream(manifest.getMainAttributes().getValue("Class-Path").split(" "))
                        .filter(entry -> !entry.isBlank())
                        .map(entry -> Path.of(URI.create(entry)).toString()).collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries.stream().filter(entry -> !entry.replace('\\', '/').endsWith("test-classes")
                        && !entry.replace('\\', '/').endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
