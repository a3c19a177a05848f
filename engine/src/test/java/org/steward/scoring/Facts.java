package org.steward.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.steward.account.Disc;
import org.steward.account.Segment;
import org.steward.account.Seniority;
import org.steward.account.TicketPriority;
import org.steward.scoring.facts.AccountProfile;
import org.steward.scoring.facts.Contact;
import org.steward.scoring.facts.CsmAssessment;
import org.steward.scoring.facts.HealthScore;
import org.steward.scoring.facts.HealthTier;
import org.steward.scoring.facts.LoginBaseline;
import org.steward.scoring.facts.OpenTicket;
import org.steward.scoring.facts.OverdueInvoice;
import org.steward.scoring.facts.ScoringParameters;
import org.steward.scoring.facts.Tier;
import org.steward.scoring.facts.UsageWindow;
import org.steward.scoring.facts.WindowKind;

/** Test fixture: rule facts with sensible defaults, for tests of one DRL file. */
final class Facts {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static final ParameterSet SHIPPED_PARAMETERS = ParameterSet.parse(RuleSets.PARAMETERS,
            RuleSets.files().get(RuleSets.PARAMETERS), new ArrayList<>());

    private Facts() {
    }

    static ScoringParameters parameters() {
        return parameters(Segment.MID_MARKET);
    }

    static ScoringParameters parameters(Segment segment) {
        return SHIPPED_PARAMETERS.forSegment(segment);
    }

    /** An adopted mid-market account: contract started 200 days ago, renewal in 165 days. */
    static AccountProfile account() {
        return account(Segment.MID_MARKET, 200, 165);
    }

    static AccountProfile account(Segment segment, int daysSinceStart, int daysToRenewal) {
        return AccountProfile.of("acme", segment, "growth", new BigDecimal("48000"), 100,
                TODAY.minusDays(daysSinceStart), TODAY.plusDays(daysToRenewal), TODAY);
    }

    static AccountProfile accountOnPlan(String plan) {
        return AccountProfile.of("acme", Segment.MID_MARKET, plan, new BigDecimal("48000"), 100, TODAY.minusDays(200),
                TODAY.plusDays(165), TODAY);
    }

    static Window week(int index) {
        return new Window(WindowKind.WEEK, index);
    }

    static Window month(int index) {
        return new Window(WindowKind.MONTH, index);
    }

    static LoginBaseline baseline(double weeklyLogins) {
        return new LoginBaseline(weeklyLogins, 90, TODAY.minusDays(103), TODAY.minusDays(14));
    }

    static Contact contact(String id, String role, boolean champion, boolean active, Disc disc) {
        return new Contact(id, "Name of " + id, role, champion, active, disc, Seniority.of(role));
    }

    static OpenTicket ticket(String id, TicketPriority priority, int ageDays) {
        return new OpenTicket(id, priority, TODAY.minusDays(ageDays), ageDays);
    }

    static OverdueInvoice invoice(String id, int daysOverdue) {
        return new OverdueInvoice(id, new BigDecimal("1200.00"), "EUR", TODAY.minusDays(daysOverdue), daysOverdue);
    }

    static CsmAssessment assessment(int score, int ageDays) {
        return new CsmAssessment(score, TODAY.minusDays(ageDays), "csm1", ageDays);
    }

    static HealthScore score(int score) {
        return new HealthScore(score, List.of(), List.of());
    }

    static HealthTier tier(Tier tier) {
        return new HealthTier(tier, "given");
    }

    /** A usage window with everything zero but what the test sets; complete unless told otherwise. */
    static final class Window {
        private final WindowKind kind;
        private final int index;
        private boolean complete = true;
        private long logins;
        private double seats;
        private Set<String> features = Set.of();
        private long apiCalls;
        private long apiLimit;
        private int teams;

        Window(WindowKind kind, int index) {
            this.kind = kind;
            this.index = index;
        }

        Window logins(long value) {
            logins = value;
            return this;
        }

        Window seats(double utilisation) {
            seats = utilisation;
            return this;
        }

        Window features(String... keys) {
            features = Set.of(keys);
            return this;
        }

        Window featureCount(int count) {
            String[] keys = new String[count];
            for (int i = 0; i < count; i++) {
                keys[i] = "feature-" + i;
            }
            return features(keys);
        }

        Window api(long calls, long limit) {
            apiCalls = calls;
            apiLimit = limit;
            return this;
        }

        Window teams(int count) {
            teams = count;
            return this;
        }

        Window incomplete() {
            complete = false;
            return this;
        }

        UsageWindow build() {
            LocalDate to = TODAY.minusDays((long) index * kind.days());
            return new UsageWindow(kind, index, to.minusDays(kind.days() - 1), to, complete, kind.days(), logins, seats,
                    features.size(), features, apiCalls, apiLimit, apiLimit == 0 ? 0 : (double) apiCalls / apiLimit,
                    teams);
        }
    }
}
