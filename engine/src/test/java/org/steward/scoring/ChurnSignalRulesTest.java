package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.TODAY;
import static org.steward.scoring.Facts.account;
import static org.steward.scoring.Facts.assessment;
import static org.steward.scoring.Facts.baseline;
import static org.steward.scoring.Facts.contact;
import static org.steward.scoring.Facts.invoice;
import static org.steward.scoring.Facts.month;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.Facts.ticket;
import static org.steward.scoring.Facts.tier;
import static org.steward.scoring.Facts.week;
import static org.steward.scoring.RuleAssertions.run;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.account.Disc;
import org.steward.account.Segment;
import org.steward.account.TicketPriority;
import org.steward.scoring.facts.LoginBaseline;
import org.steward.scoring.facts.NpsHistory;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.Tier;

/** rules/scoring/churn-signals.drl */
class ChurnSignalRulesTest {

    private static final String LOGINS = "Logins down more than 30% against baseline for two consecutive weeks";
    private static final String FEATURES = "Feature breadth contracted month over month";
    private static final String SEATS = "Seat utilisation below 40% in the last 30 days";
    private static final String CHAMPION = "Champion departed and no other champion remains";
    private static final String TICKETS = "High-priority ticket unresolved for more than 7 days";
    private static final String INVOICE = "Invoice overdue";
    private static final String DETRACTOR = "NPS detractor: latest response 0 to 6";
    private static final String NPS_DROP = "NPS dropped 3 points or more since the previous response";
    private static final String ASSESSMENT = "CSM assessment 4 or lower";
    private static final String RENEWAL = "Renewal within 90 days while yellow or red";

    private final CompiledRuleSet rules = RuleSets.only("churn-signals.drl");

    private static Signal signal(RuleRun run, String code) {
        return run.all(Signal.class).stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    @Test
    void aHealthyAccountRaisesNoChurnSignal() {
        RuleRun run = run(rules, parameters(), account(), baseline(100), week(0).logins(95).seats(0.8),
                week(1).logins(105).seats(0.8), month(0).featureCount(7).seats(0.8), month(1).featureCount(7).seats(0.8),
                contact("c1", "VP", true, true, Disc.D), ticket("t1", TicketPriority.HIGH, 3),
                new NpsHistory(9, TODAY.minusDays(10), 8, TODAY.minusDays(100)), assessment(8, 10), tier(Tier.GREEN));

        assertThat(run.rulesFired()).isEmpty();
    }

    @Test
    void loginsDownMoreThan30PercentForTwoWeeksRaiseTheSignalWithEachWeek() {
        RuleRun run = run(rules, parameters(), baseline(100), week(0).logins(65), week(1).logins(69));

        assertThat(run.rulesFired()).containsExactly(LOGINS);
        assertThat(signal(run, "logins-down").evidence()).containsEntry("baselineWeeklyLogins", 100.0)
                .containsEntry("week1Logins", 65L).containsEntry("week1Drop", "35%")
                .containsEntry("week2Logins", 69L).containsEntry("week2Drop", "31%");
    }

    @Test
    void aDropOfExactly30PercentIsNotMoreThan30() {
        assertThat(run(rules, parameters(), baseline(100), week(0).logins(70), week(1).logins(60)).rulesFired())
                .isEmpty();
    }

    @Test
    void oneWeekDownIsNotEnough() {
        assertThat(run(rules, parameters(), baseline(100), week(0).logins(50), week(1).logins(90)).rulesFired())
                .isEmpty();
        assertThat(run(rules, parameters(), baseline(100), week(0).logins(50)).rulesFired()).isEmpty();
    }

    @Test
    void anIncompleteWeekOrAShortBaselineDoesNotCount() {
        assertThat(run(rules, parameters(), baseline(100), week(0).logins(50), week(1).logins(50).incomplete())
                .rulesFired()).isEmpty();
        LoginBaseline short27Days = new LoginBaseline(100, 27, TODAY.minusDays(40), TODAY.minusDays(14));
        assertThat(run(rules, parameters(), short27Days, week(0).logins(50), week(1).logins(50)).rulesFired()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} features month over month: fires {2}")
    @CsvSource({"8, 4, true", "10, 6, true", "8, 5, false", "3, 1, false"})
    void featureBreadthContractedBy40PercentOrMore(int before, int now, boolean fires) {
        RuleRun run = run(rules, parameters(), month(1).featureCount(before), month(0).featureCount(now));

        assertThat(run.rulesFired().contains(FEATURES)).isEqualTo(fires);
    }

    @Test
    void seatUtilisationBelow40PercentButNotAt40() {
        assertThat(run(rules, parameters(), account(), month(0).seats(0.39)).rulesFired()).containsExactly(SEATS);
        assertThat(run(rules, parameters(), account(), month(0).seats(0.40)).rulesFired()).isEmpty();
    }

    @Test
    void aDepartedChampionCountsOnlyWhenNoOtherChampionIsActive() {
        assertThat(run(rules, contact("c1", "VP", true, false, Disc.D), contact("c2", "Analyst", false, true, null))
                .rulesFired()).containsExactly(CHAMPION);
        assertThat(run(rules, contact("c1", "VP", true, false, Disc.D), contact("c2", "Director", true, true, null))
                .rulesFired()).isEmpty();
    }

    @Test
    void highPriorityTicketsOpenMoreThanSevenDays() {
        RuleRun run = run(rules, parameters(), ticket("t1", TicketPriority.HIGH, 8), ticket("t2", TicketPriority.URGENT, 12),
                ticket("t3", TicketPriority.HIGH, 7), ticket("t4", TicketPriority.NORMAL, 40));

        assertThat(run.rulesFired()).containsExactly(TICKETS);
        assertThat(signal(run, "high-priority-tickets").evidence())
                .containsEntry("tickets", List.of("t1 (HIGH, 8 days)", "t2 (URGENT, 12 days)"))
                .containsEntry("oldestDays", 12L);
    }

    @Test
    void anOverdueInvoice() {
        RuleRun run = run(rules, parameters(), invoice("inv-7", 1));

        assertThat(run.rulesFired()).containsExactly(INVOICE);
        assertThat(signal(run, "invoice-overdue").evidence()).containsEntry("oldestDaysOverdue", 1L);
    }

    @ParameterizedTest(name = "NPS {0} after {1}: detractor {2}, drop {3}")
    @CsvSource({"6, , true, false", "7, , false, false", "7, 10, false, true", "7, 9, false, false", "5, 9, true, true"})
    void npsDetractorAndNpsDrop(int latest, Integer previous, boolean detractor, boolean drop) {
        RuleRun run = run(rules, parameters(), new NpsHistory(latest, TODAY, previous, previous == null ? null : TODAY));

        assertThat(run.rulesFired().contains(DETRACTOR)).isEqualTo(detractor);
        assertThat(run.rulesFired().contains(NPS_DROP)).isEqualTo(drop);
    }

    @Test
    void anAssessmentOfFourOrLower() {
        assertThat(run(rules, parameters(), assessment(4, 3)).rulesFired()).containsExactly(ASSESSMENT);
        assertThat(run(rules, parameters(), assessment(5, 3)).rulesFired()).isEmpty();
    }

    @ParameterizedTest(name = "renewal in {0} days while {1}: fires {2}")
    @CsvSource({"90, YELLOW, true", "91, YELLOW, false", "10, RED, true", "10, GREEN, false", "-1, RED, false"})
    void renewalWithin90DaysWhileYellowOrRed(int daysToRenewal, Tier tier, boolean fires) {
        RuleRun run = run(rules, parameters(), account(Segment.MID_MARKET, 300, daysToRenewal), tier(tier));

        assertThat(run.rulesFired().contains(RENEWAL)).isEqualTo(fires);
    }
}
