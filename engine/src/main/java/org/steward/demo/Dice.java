package org.steward.demo;

import java.util.List;
import java.util.Random;

/** A seeded source of chance with the few draws the demo generators need; same seed, same book. */
final class Dice {

    private final Random random;

    private Dice(long seed) {
        this.random = new Random(seed);
    }

    /** Dice of their own for one part ({@code salt}) of one account, independent of the order of generation. */
    static Dice of(long bookSeed, int accountIndex, int salt) {
        long mixed = bookSeed * 0x9E3779B97F4A7C15L + accountIndex * 0xC2B2AE3D27D4EB4FL + salt * 0x165667B19E3779F9L;
        return new Dice(mixed);
    }

    /** A whole number in [from, to], both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A number in [from, to). */
    double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A multiplier around 1 for day-to-day noise: 1 ± {@code spread}. */
    double noise(double spread) {
        return 1 + (random.nextDouble() * 2 - 1) * spread;
    }

    Random random() {
        return random;
    }
}
