package org.steward.demo;

/**
 * Where an account's usage levels go over the usage window: each level moves in a straight line from its
 * {@code from} value to its {@code to} value between day {@code changeFrom} and day {@code changeTo} and stays
 * flat outside that span. Levels are shares: of purchased seats in use, of those seats active on a weekday, of
 * the plan's daily API limit; breadth counts distinct features.
 */
record UsageTrajectory(double seatsFrom, double seatsTo, double engagementFrom, double engagementTo,
                       double breadthFrom, double breadthTo, double apiFrom, double apiTo,
                       int changeFrom, int changeTo) {

    /** The levels on day {@code day} of the window (0 = first day). */
    Levels at(int day) {
        double t = changeTo <= changeFrom ? (day >= changeTo ? 1 : 0)
                : Math.max(0, Math.min(1, (day - changeFrom) / (double) (changeTo - changeFrom)));
        return new Levels(lerp(seatsFrom, seatsTo, t), lerp(engagementFrom, engagementTo, t),
                lerp(breadthFrom, breadthTo, t), lerp(apiFrom, apiTo, t));
    }

    static UsageTrajectory flat(double seats, double engagement, double breadth, double api) {
        return new UsageTrajectory(seats, seats, engagement, engagement, breadth, breadth, api, api, 0, 0);
    }

    private static double lerp(double from, double to, double t) {
        return from + (to - from) * t;
    }

    record Levels(double seats, double engagement, double breadth, double api) {
    }
}
