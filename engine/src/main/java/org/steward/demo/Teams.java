package org.steward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.steward.account.UsageFact;

/**
 * The teams an account reports usage for, and how one day's totals split among them: each team has a weight,
 * and a team that joins late ramps up over {@value #RAMP_DAYS} days. Split counts add up exactly to the totals.
 */
final class Teams {

    private static final int RAMP_DAYS = 10;

    private final List<String> names;
    private final double[] weights;
    private final int[] joinDays;

    private Teams(List<String> names, double[] weights, int[] joinDays) {
        this.names = names;
        this.weights = weights;
        this.joinDays = joinDays;
    }

    /** No teams: one row a day for the whole account. */
    static Teams none() {
        return new Teams(List.of(), new double[0], new int[0]);
    }

    /** One or two teams from the start, and two more joining in the last weeks (cross-department adoption). */
    static Teams growing(Dice dice) {
        List<String> names = new ArrayList<>();
        names.add(dice.pick(DemoNames.FIRST_TEAMS));
        if (dice.chance(0.5)) {
            String second = dice.pick(DemoNames.FIRST_TEAMS);
            if (!names.contains(second)) {
                names.add(second);
            }
        }
        int firstTeams = names.size();
        while (names.size() < firstTeams + 2) {
            String joining = dice.pick(DemoNames.NEW_TEAMS);
            if (!names.contains(joining)) {
                names.add(joining);
            }
        }
        double[] weights = new double[names.size()];
        int[] joinDays = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            weights[i] = i < firstTeams ? dice.between(1.0, 2.0) : dice.between(0.4, 0.8);
            joinDays[i] = -RAMP_DAYS;
        }
        joinDays[firstTeams] = DemoUsageGenerator.DAYS - dice.between(40, 55);
        joinDays[firstTeams + 1] = DemoUsageGenerator.DAYS - dice.between(15, 25);
        return new Teams(List.copyOf(names), weights, joinDays);
    }

    List<UsageFact> split(DemoAccount account, LocalDate date, int day, DemoUsageGenerator.Day total) {
        if (names.isEmpty()) {
            return List.of(new UsageFact(account.id(), date, total.activeUsers(), total.logins(), total.features(),
                    total.apiCalls(), account.apiLimit(), total.seatsUsed(), null));
        }
        List<Integer> present = new ArrayList<>();
        List<Double> presentWeights = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (day >= joinDays[i]) {
                present.add(i);
                presentWeights.add(weights[i] * Math.min(1, (day - joinDays[i] + 1) / (double) RAMP_DAYS));
            }
        }
        long[] active = share(total.activeUsers(), presentWeights);
        long[] logins = share(total.logins(), presentWeights);
        long[] api = share(total.apiCalls(), presentWeights);
        long[] seats = share(total.seatsUsed(), presentWeights);
        List<UsageFact> rows = new ArrayList<>(present.size());
        for (int k = 0; k < present.size(); k++) {
            int breadth = total.features().isEmpty() ? 0 : Math.max(1, total.features().size() - k);
            rows.add(new UsageFact(account.id(), date, (int) active[k], (int) logins[k], total.features().subList(0, breadth),
                    api[k], account.apiLimit(), (int) seats[k], names.get(present.get(k))));
        }
        return rows;
    }

    /** {@code total} split in proportion to the weights; the parts add up to {@code total} (largest remainder). */
    static long[] share(long total, List<Double> weights) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        long[] parts = new long[weights.size()];
        double[] remainders = new double[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            double exact = total * weights.get(i) / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            parts[largest]++;
            remainders[largest] = -1;
        }
        return parts;
    }
}
