package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.account;
import static org.steward.scoring.Facts.contact;
import static org.steward.scoring.Facts.invoice;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.Facts.ticket;
import static org.steward.scoring.Facts.TODAY;
import static org.steward.scoring.RuleAssertions.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.account.Disc;
import org.steward.account.Segment;
import org.steward.account.TicketPriority;
import org.steward.scoring.facts.LayerComponent;
import org.steward.scoring.facts.NpsHistory;

/** rules/scoring/relationship-layer.drl */
class RelationshipLayerRulesTest {

    private final CompiledRuleSet rules = RuleSets.only("relationship-layer.drl");

    private static LayerComponent component(RuleRun run, String name) {
        return run.all(LayerComponent.class).stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aHealthyRelationshipFiresTheFullMarksRulesOnly() {
        RuleRun run = run(rules, parameters(), account(), contact("c1", "VP Operations", true, true, Disc.D),
                new NpsHistory(9, TODAY.minusDays(20), null, null));

        assertThat(run.rulesFired()).containsExactlyInAnyOrder("NPS: the latest response on a 0-10 scale",
                "Open tickets cost points by priority, twice as many once stale",
                "An active champion keeps the relationship at full marks",
                "No overdue invoice keeps the invoices at full marks",
                "Renewal far off keeps the contract at full marks");
        assertThat(component(run, "nps").score()).isEqualTo(90.0);
        assertThat(component(run, "tickets").explanation()).isEqualTo("no open tickets");
        assertThat(component(run, "tickets").score()).isEqualTo(100.0);
    }

    @Test
    void openTicketsCostPointsByPriorityAndTwiceOnceOlderThanSevenDays() {
        RuleRun run = run(rules, parameters(), account(), ticket("t1", TicketPriority.URGENT, 7),
                ticket("t2", TicketPriority.HIGH, 8), ticket("t3", TicketPriority.LOW, 1));

        // urgent 30 (7 days is not stale) + high 2 * 20 (8 days is) + low 3 = 73
        assertThat(component(run, "tickets").score()).isEqualTo(27.0);
        assertThat(component(run, "tickets").explanation()).isEqualTo("3 open tickets cost 73 points");
    }

    @Test
    void aDepartedChampionWithoutAnotherScoresZeroAndNoChampionAtAllScoresPartly() {
        RuleRun departed = run(rules, parameters(), account(), contact("c1", "Director", true, false, Disc.S),
                contact("c2", "Analyst", false, true, null));
        RuleRun none = run(rules, parameters(), account(), contact("c2", "Analyst", false, true, null));

        assertThat(departed.rulesFired()).contains("A departed champion with no other champion scores zero");
        assertThat(component(departed, "champion").score()).isZero();
        assertThat(none.rulesFired()).contains("An account that never had a champion scores partly");
        assertThat(component(none, "champion").score()).isEqualTo(40.0);
    }

    @ParameterizedTest(name = "{0} days overdue scores {1}")
    @CsvSource({"1, 40", "30, 40", "31, 0"})
    void overdueInvoicesLowerTheScoreToZeroAfterThirtyDays(int daysOverdue, double score) {
        RuleRun run = run(rules, parameters(), account(), invoice("i1", daysOverdue));

        assertThat(run.rulesFired()).contains("Overdue invoices lower the score, to zero when long overdue")
                .doesNotContain("No overdue invoice keeps the invoices at full marks");
        assertThat(component(run, "invoices").score()).isEqualTo(score);
    }

    @ParameterizedTest(name = "renewal in {0} days scores {1}")
    @CsvSource({"91, 100", "90, 60", "0, 60", "-1, 0"})
    void theContractScoresLowerAsRenewalNearsAndZeroOnceItPassed(int daysToRenewal, double score) {
        RuleRun run = run(rules, parameters(), account(Segment.MID_MARKET, 300, daysToRenewal));

        assertThat(component(run, "renewal").score()).isEqualTo(score);
        assertThat(run.all(LayerComponent.class).stream().filter(c -> c.name().equals("renewal"))).hasSize(1);
    }
}
