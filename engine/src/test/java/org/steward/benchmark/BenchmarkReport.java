package org.steward.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures of one benchmark run, headed by the machine they were measured on and its load, written to
 * {@code target/benchmarks/<name>.md} (and the log) for docs/benchmarks.md.
 */
final class BenchmarkReport {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkReport.class);

    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchmarkReport(String name) {
        this.name = name;
        line("## %s, %s", name, Instant.now());
        line("- machine: %s", machine());
        line("- load average at start: %s", loadAverage());
    }

    /** Processors, memory, CPU model and JDK of this machine. */
    static String machine() {
        return String.format("%d cores (nproc), %s memory, %s, %s %s", Runtime.getRuntime().availableProcessors(),
                proc("/proc/meminfo", "MemTotal"), proc("/proc/cpuinfo", "model name"),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        log.info("[benchmark {}] {}", name, line);
    }

    void write() {
        line("- load average at end: %s", loadAverage());
        Path file = Path.of("target", "benchmarks", name + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Benchmark results written to {}", file.toAbsolutePath());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The values with one decimal, in the order measured. */
    static String runs(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    private static String proc(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
