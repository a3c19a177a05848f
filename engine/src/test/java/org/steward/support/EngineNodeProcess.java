package org.steward.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An engine node running in a child JVM on the test database; killed with SIGKILL, never asked to stop. */
public final class EngineNodeProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final String name;

    private EngineNodeProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::readOutput, "engine-node-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a node on the database the test contexts share (their own timers are paused meanwhile, see
     * {@link InJvmEngine}) and waits until it is ready.
     */
    public static EngineNodeProcess start(String name, String... extraArgs) {
        return startOn(name, TestDatabase.url(), extraArgs);
    }

    /**
     * Starts a node on the given test database (see {@link TestDatabase#isolated}) and waits until it is
     * ready (or fails the test after two minutes).
     */
    public static EngineNodeProcess startOn(String name, String databaseUrl, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=" + TestDatabase.password()));
        args.addAll(List.of(extraArgs));
        return launch(name, args);
    }

    /** Starts a node on its own embedded MariaDB with data in {@code dataDir}, as {@code java -jar steward.jar} does. */
    public static EngineNodeProcess startEmbedded(String name, Path dataDir, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--steward.database.embedded.data-dir=" + dataDir.toAbsolutePath()));
        args.addAll(List.of(extraArgs));
        return launch(name, args);
    }

    private static EngineNodeProcess launch(String name, List<String> args) {
        InJvmEngine.pause();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                EngineNode.class.getName(),
                "--server.port=0",
                "--steward.node-name=" + name,
                "--logging.level.org.steward=INFO"));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            EngineNodeProcess node = new EngineNodeProcess(name, builder.start());
            node.awaitLine("NODE READY", Duration.ofMinutes(2));
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start engine node " + name, e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line);
            }
        } catch (IOException ignored) {
            // the node was killed
        }
    }

    public void awaitLine(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (output.stream().noneMatch(line -> line.contains(text))) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Engine node " + name + " exited before '" + text + "':\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Engine node " + name + " did not print '" + text + "' in " + timeout + ":\n" + tail());
            }
            pause();
        }
    }

    public List<String> linesContaining(String text) {
        return output.stream().filter(line -> line.contains(text)).toList();
    }

    /** Ends the JVM at once, as a crash would: no shutdown hooks, no graceful scheduler stop. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String tail() {
        int from = Math.max(0, output.size() - 40);
        return String.join("\n", output.subList(from, output.size()));
    }

    @Override
    public void close() {
        kill();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
