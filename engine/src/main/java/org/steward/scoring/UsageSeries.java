package org.steward.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steward.account.UsageFact;
import org.steward.scoring.facts.LoginBaseline;
import org.steward.scoring.facts.UsageWindow;
import org.steward.scoring.facts.WindowKind;

/**
 * An account's daily usage up to the day scored, folded into the windows the rules compare: rows of the
 * same day (one per team) are added up, days without a row count as days without logins, and the
 * account's history starts on its first row. A window is given when it ends on or after that start; it is
 * {@code complete} when it starts on or after it. Features and teams are numbered as they are met and kept
 * as bit sets, so that a window's distinct features are a union of bits rather than of string sets.
 */
final class UsageSeries {

    private final LocalDate asOf;
    private final int seatsPurchased;
    private final Day[] days;
    private final int historyDays;

    /** One day of the account: index 0 is the day scored, 1 the day before, and so on. */
    private static final class Day {
        boolean hasData;
        long logins;
        long seatsUsed;
        long apiCalls;
        long apiLimit;
        final BitSet features = new BitSet();
        final BitSet teams = new BitSet();
    }

    /** Names numbered in the order they are met; a list of them (often the very same list object) as bits. */
    private static final class Names {
        final List<String> names = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<List<String>, BitSet> lists = new IdentityHashMap<>();

        int number(String name) {
            return numbers.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        BitSet bits(List<String> list) {
            return lists.computeIfAbsent(list, l -> {
                BitSet bits = new BitSet();
                l.forEach(name -> bits.set(number(name)));
                return bits;
            });
        }

        Set<String> named(BitSet bits) {
            String[] named = new String[bits.cardinality()];
            int next = 0;
            for (int bit = bits.nextSetBit(0); bit >= 0; bit = bits.nextSetBit(bit + 1)) {
                named[next++] = names.get(bit);
            }
            return Set.of(named);
        }
    }

    private final Names features = new Names();
    private final Names teams = new Names();

    /** {@code since}: the account's first usage day when {@code rows} start later (null: they start with it). */
    UsageSeries(LocalDate asOf, int seatsPurchased, List<UsageFact> rows, int lookbackDays, LocalDate since) {
        this.asOf = asOf;
        this.seatsPurchased = seatsPurchased;
        this.days = new Day[lookbackDays];
        long earliest = since == null ? -1 : ChronoUnit.DAYS.between(since, asOf);
        for (UsageFact row : rows) {
            long back = ChronoUnit.DAYS.between(row.date(), asOf);
            if (back < 0) {
                continue;
            }
            earliest = Math.max(earliest, back);
            if (back < lookbackDays) {
                add((int) back, row);
            }
        }
        this.historyDays = (int) Math.min(Integer.MAX_VALUE, earliest + 1);
    }

    private void add(int back, UsageFact row) {
        Day day = days[back] == null ? (days[back] = new Day()) : days[back];
        day.hasData = true;
        day.logins += row.logins();
        day.seatsUsed += row.seatsUsed();
        day.apiCalls += row.apiCalls();
        day.apiLimit = Math.max(day.apiLimit, row.apiLimit() == null ? 0 : row.apiLimit());
        if (row.featuresUsed() != null) {
            day.features.or(features.bits(row.featuresUsed()));
        }
        if (row.team() != null && !row.team().isBlank()) {
            day.teams.set(teams.number(row.team()));
        }
    }

    /** The last {@code count} windows of {@code kind}, most recent first, as far as the history reaches. */
    List<UsageWindow> windows(WindowKind kind, int count) {
        List<UsageWindow> windows = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            int newest = index * kind.days();
            if (newest >= historyDays) {
                break;
            }
            windows.add(window(kind, index, newest, newest + kind.days() - 1));
        }
        return windows;
    }

    private UsageWindow window(WindowKind kind, int index, int newest, int oldest) {
        long logins = 0;
        int withData = 0;
        double utilisation = 0;
        long apiCalls = 0;
        long limitedCalls = 0;
        long apiLimit = 0;
        BitSet windowFeatures = new BitSet();
        BitSet windowTeams = new BitSet();
        for (int back = newest; back <= oldest && back < days.length; back++) {
            Day day = days[back];
            if (day == null) {
                continue;
            }
            withData++;
            logins += day.logins;
            utilisation += seatsPurchased > 0 ? (double) day.seatsUsed / seatsPurchased : 0;
            apiCalls += day.apiCalls;
            if (day.apiLimit > 0) {
                limitedCalls += day.apiCalls;
                apiLimit += day.apiLimit;
            }
            windowFeatures.or(day.features);
            windowTeams.or(day.teams);
        }
        return new UsageWindow(kind, index, asOf.minusDays(oldest), asOf.minusDays(newest), oldest < historyDays,
                withData, logins, withData == 0 ? 0 : utilisation / withData, windowFeatures.cardinality(),
                features.named(windowFeatures), apiCalls, apiLimit, apiLimit == 0 ? 0 : (double) limitedCalls / apiLimit,
                windowTeams.cardinality());
    }

    /**
     * Logins per week over up to {@code length} days that end the day before the last {@code recentWeeks}
     * weeks; null when the history does not reach back before those weeks.
     */
    LoginBaseline baseline(int recentWeeks, int length) {
        int newest = recentWeeks * 7;
        int oldest = Math.min(newest + length - 1, historyDays - 1);
        if (oldest < newest) {
            return null;
        }
        long logins = 0;
        for (int back = newest; back <= oldest && back < days.length; back++) {
            logins += days[back] == null ? 0 : days[back].logins;
        }
        int span = oldest - newest + 1;
        return new LoginBaseline(logins * 7.0 / span, span, asOf.minusDays(oldest), asOf.minusDays(newest));
    }
}
