package org.steward.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.steward.account.AccountFact;
import org.steward.account.UsageFact;

/**
 * Daily product usage of one demo account for the {@value #DAYS} days that end yesterday, shaped by its
 * {@link UsageShape}. Weekends are quiet; every day has some noise. Growing accounts report per team (the rows
 * of a day add up to the account's day; {@code apiLimit} is the account's plan limit), with new teams joining
 * in the last weeks; every other account reports one row a day without a team.
 */
final class DemoUsageGenerator {

    static final int DAYS = 120;
    private static final int FEATURE_COUNT = DemoNames.CORE_FEATURES.size() + DemoNames.ADVANCED_FEATURES.size();

    private final long seed;

    DemoUsageGenerator(long seed) {
        this.seed = seed;
    }

    List<UsageFact> usage(DemoAccount account, LocalDate today) {
        Dice dice = Dice.of(seed, account.index(), 1);
        AccountFact fact = account.fact();
        LocalDate windowStart = today.minusDays(DAYS);
        LocalDate first = account.shape() == UsageShape.ONBOARDING
                ? later(windowStart, fact.contractStart().plusDays(dice.between(1, 3))) : windowStart;
        int firstDay = (int) ChronoUnit.DAYS.between(windowStart, first);
        UsageTrajectory trajectory = trajectory(account.shape(), fact.seatsPurchased(), firstDay, dice);
        List<String> features = featureOrder(dice);
        double loginsPerUser = dice.between(1.4, 2.6);
        double[] weekly = weeklySwings(account.shape(), dice);
        Teams teams = account.shape() == UsageShape.GROWING ? Teams.growing(dice) : Teams.none();

        List<UsageFact> rows = new ArrayList<>();
        for (LocalDate date = first; date.isBefore(today); date = date.plusDays(1)) {
            int day = (int) ChronoUnit.DAYS.between(windowStart, date);
            UsageTrajectory.Levels levels = trajectory.at(day);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean erratic = account.shape() == UsageShape.ERRATIC;
            boolean idle = erratic && dice.chance(0.06);
            double swing = idle ? 0 : weekly[day / 7];

            double seatsInUse = fact.seatsPurchased() * levels.seats();
            int seats = clamp((int) Math.round(seatsInUse), 0, fact.seatsPurchased());
            double weekdayFactor = weekend ? dice.between(0.12, 0.25) : 1;
            // From unrounded figures, so that the logins of small accounts move as smoothly as those of large ones.
            double expectedActive = Math.min(seats, seatsInUse * levels.engagement() * weekdayFactor * swing * dice.noise(0.08));
            int active = (int) Math.round(expectedActive);
            int logins = (int) Math.round(expectedActive * loginsPerUser * dice.noise(0.1));
            int breadth = (int) Math.round(levels.breadth()) - (weekend ? 1 : 0) - (dice.chance(0.15) ? 1 : 0)
                    + (erratic ? dice.between(-2, 1) : 0);
            // A handful of weekend users touch a handful of features.
            breadth = active == 0 ? 0 : clamp(Math.min(breadth, 2 + 2 * active), 1, FEATURE_COUNT);
            double apiFactor = (weekend ? 0.55 : 1) * (idle ? 0.1 : 1) * (erratic && dice.chance(0.08) ? 2.5 : 1);
            long apiCalls = Math.min(account.apiLimit(),
                    Math.round(account.apiLimit() * levels.api() * apiFactor * dice.noise(0.1)));

            Day total = new Day(active, logins, features.subList(0, breadth), apiCalls, seats);
            rows.addAll(teams.split(account, date, day, total));
        }
        return rows;
    }

    private static UsageTrajectory trajectory(UsageShape shape, int seatsPurchased, int firstDay, Dice dice) {
        double seats = dice.between(0.70, 0.82);
        double engagement = dice.between(0.50, 0.75);
        double breadth = dice.between(6, 10);
        double api = dice.between(0.20, 0.50);
        return switch (shape) {
            case HEALTHY -> UsageTrajectory.flat(seats, engagement, breadth, api);
            case DECLINING -> new UsageTrajectory(seats, seats * dice.between(0.90, 0.93),
                    engagement, engagement * dice.between(0.58, 0.66),
                    breadth, Math.max(2, breadth - dice.between(3, 5)), api, api * dice.between(0.40, 0.60),
                    DAYS - dice.between(21, 42), DAYS - 7);
            case GROWING -> new UsageTrajectory(dice.chance(0.5) ? dice.between(0.81, 0.85) : dice.between(0.62, 0.70),
                    Math.max(dice.between(0.89, 0.97), (Math.floor(0.85 * seatsPurchased) + 1) / seatsPurchased), engagement, Math.min(0.85, engagement + 0.12),
                    breadth, Math.min(FEATURE_COUNT, breadth + dice.between(2, 4)),
                    api, dice.between(0.86, 0.95), 0, DAYS - 10);
            case ERRATIC -> UsageTrajectory.flat(dice.between(0.55, 0.80), engagement, breadth, api);
            case ONBOARDING -> {
                boolean offTrack = dice.chance(0.35);
                yield new UsageTrajectory(0.05, offTrack ? dice.between(0.10, 0.18) : dice.between(0.25, 0.55),
                        0.30, offTrack ? 0.35 : 0.60, 1, offTrack ? 2 : dice.between(3, 6),
                        0, offTrack ? 0.01 : dice.between(0.05, 0.25), firstDay, DAYS);
            }
        };
    }

    /** The account's features in the order it takes them up: core ones first, then advanced ones. */
    private static List<String> featureOrder(Dice dice) {
        List<String> core = new ArrayList<>(DemoNames.CORE_FEATURES);
        List<String> advanced = new ArrayList<>(DemoNames.ADVANCED_FEATURES);
        Collections.shuffle(core, dice.random());
        Collections.shuffle(advanced, dice.random());
        core.addAll(advanced);
        return List.copyOf(core);
    }

    private static double[] weeklySwings(UsageShape shape, Dice dice) {
        double[] weekly = new double[DAYS / 7 + 1];
        for (int week = 0; week < weekly.length; week++) {
            weekly[week] = shape == UsageShape.ERRATIC ? dice.between(0.25, 1.30) : 1;
        }
        return weekly;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** An account's totals for one day. */
    record Day(int activeUsers, int logins, List<String> features, long apiCalls, int seatsUsed) {
    }
}
