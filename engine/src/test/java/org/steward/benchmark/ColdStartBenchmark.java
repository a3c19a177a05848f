package org.steward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The fat jar {@code target/steward.jar} started as {@code java -jar} on the embedded MariaDB, timed from process
 * start to {@code /actuator/health} UP, with the resident memory (VmRSS) of the Steward JVM and of its MariaDB
 * server once up: first starts on an empty data directory, restarts on existing data, and with {@code --demo}
 * (first start, which seeds the demo book, and a restart, which finds it in place). Medians of
 * {@code -Dbenchmark.starts=5} starts each (3 with --demo).
 */
class ColdStartBenchmark {

    private static final Path JAR = Path.of("target", "steward.jar").toAbsolutePath();
    private static final Path BASE = Path.of("target", "benchmarks", "cold-start").toAbsolutePath();
    private static final int STARTS = Integer.getInteger("benchmark.starts", 5);
    private static final int DEMO_STARTS = Math.min(3, STARTS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void startTheJarUntilHealthy() throws Exception {
        assertThat(JAR).as("the packaged jar (run with -Pbenchmark verify)").exists();
        BenchmarkReport report = new BenchmarkReport("cold-start");
        report.line("- `java -jar target/steward.jar` with default JVM options; %d starts each (%d with --demo)", STARTS, DEMO_STARTS);
        delete(BASE);

        Series fresh = new Series();
        Series restart = new Series();
        for (int i = 1; i <= STARTS; i++) {
            Path dir = BASE.resolve("plain-" + i);
            fresh.add(start(dir));
            if (i == 1) {
                for (int r = 0; r < STARTS; r++) {
                    restart.add(start(dir));
                }
            }
            delete(dir);
        }
        Series demo = new Series();
        Series demoAgain = new Series();
        for (int i = 1; i <= DEMO_STARTS; i++) {
            Path dir = BASE.resolve("demo-" + i);
            demo.add(start(dir, "--demo"));
            demoAgain.add(start(dir, "--demo"));
            delete(dir);
        }
        fresh.report(report, "first start, empty data directory (installs MariaDB, runs all migrations)");
        restart.report(report, "restart on existing data");
        demo.report(report, "first start with --demo (seeds users and the 200-account book)");
        demoAgain.report(report, "restart with --demo (book already in place)");
        report.write();
    }

    private Started start(Path dir, String... arguments) throws Exception {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                JAR.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("steward.log").toFile()));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            waitUntilUp(process, port, dir);
            double seconds = (System.nanoTime() - started) / 1e9;
            long javaKb = rssKb(process.pid());
            long databaseKb = process.descendants().mapToLong(child -> rssKb(child.pid())).sum();
            return new Started(seconds, javaKb, databaseKb);
        } finally {
            stop(process);
        }
    }

    private void waitUntilUp(Process process, int port, Path dir) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("Steward exited; see %s", dir.resolve("steward.log")).isTrue();
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start-up
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Steward was not UP within 300 s; see " + dir.resolve("steward.log"));
    }

    /** SIGTERM (Steward stops its MariaDB server on the way out), then waits for both to be gone. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                child.destroyForcibly();
            }
        }
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private record Started(double seconds, long javaKb, long databaseKb) {
    }

    private static final class Series {

        private final List<Started> starts = new ArrayList<>();

        void add(Started started) {
            starts.add(started);
        }

        void report(BenchmarkReport report, String what) {
            List<Double> seconds = starts.stream().map(Started::seconds).toList();
            report.line("- %s: median %.1f s to UP (runs: %s); RSS median: Steward JVM %d MB, MariaDB %d MB", what,
                    BenchmarkReport.median(seconds), BenchmarkReport.runs(seconds),
                    Math.round(BenchmarkReport.median(starts.stream().map(s -> (double) s.javaKb()).toList()) / 1024),
                    Math.round(BenchmarkReport.median(starts.stream().map(s -> (double) s.databaseKb()).toList()) / 1024));
        }
    }
}
