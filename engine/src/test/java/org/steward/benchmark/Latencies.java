package org.steward.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Response times of many requests (nanoseconds), read as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    synchronized void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100), nearest rank, in milliseconds. */
    synchronized double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)",
                percentileMillis(50), percentileMillis(99), percentileMillis(100), count());
    }
}
