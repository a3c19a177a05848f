package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.accountOnPlan;
import static org.steward.scoring.Facts.month;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.Facts.week;
import static org.steward.scoring.RuleAssertions.run;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.scoring.facts.Signal;
import org.steward.scoring.facts.UserActivity;

/** rules/scoring/expansion-signals.drl */
class ExpansionSignalRulesTest {

    private static final String SEATS_MONTHS = "Seat utilisation above 80% for three consecutive months";
    private static final String SEATS_WEEKS = "Seat utilisation at 85% or more for three consecutive weeks";
    private static final String API = "API calls at 85% or more of the plan limit";
    private static final String POWER_USERS = "Power users: several users active 5+ days a week with 4+ features";
    private static final String TEAMS = "Adoption by new teams: more distinct teams than the month before";
    private static final String BEYOND_PLAN = "Features used beyond the plan";

    private final CompiledRuleSet rules = RuleSets.only("expansion-signals.drl");

    @Test
    void seatUtilisationAbove80PercentForThreeMonths() {
        RuleRun run = run(rules, parameters(), month(0).seats(0.85), month(1).seats(0.81), month(2).seats(0.9));

        assertThat(run.rulesFired()).containsExactly(SEATS_MONTHS);
        assertThat(run.one(Signal.class).evidence()).containsEntry("months", 3).containsEntry("lowestUtilisation", 0.81);
    }

    @Test
    void twoMonthsOrExactly80PercentOrAnIncompleteMonthIsNotEnough() {
        assertThat(run(rules, parameters(), month(0).seats(0.85), month(1).seats(0.85), month(2).seats(0.79))
                .rulesFired()).isEmpty();
        assertThat(run(rules, parameters(), month(0).seats(0.85), month(1).seats(0.85)).rulesFired()).isEmpty();
        assertThat(run(rules, parameters(), month(0).seats(0.85), month(1).seats(0.85), month(2).seats(0.80))
                .rulesFired()).isEmpty();
        assertThat(run(rules, parameters(), month(0).seats(0.9), month(1).seats(0.9), month(2).seats(0.9).incomplete())
                .rulesFired()).isEmpty();
    }

    @Test
    void seatUtilisationAt85PercentForThreeWeeks() {
        assertThat(run(rules, parameters(), week(0).seats(0.85), week(1).seats(0.9), week(2).seats(0.85)).rulesFired())
                .containsExactly(SEATS_WEEKS);
        assertThat(run(rules, parameters(), week(0).seats(0.85), week(1).seats(0.9), week(2).seats(0.849))
                .rulesFired()).isEmpty();
        assertThat(run(rules, parameters(), week(0).seats(0.95), week(1).seats(0.95)).rulesFired()).isEmpty();
    }

    @Test
    void apiCallsAt85PercentOfTheLimit() {
        assertThat(run(rules, parameters(), month(0).api(85_000, 100_000)).rulesFired()).containsExactly(API);
        assertThat(run(rules, parameters(), month(0).api(84_999, 100_000)).rulesFired()).isEmpty();
        assertThat(run(rules, parameters(), month(0).api(85_000, 0)).rulesFired()).isEmpty();
    }

    @Test
    void threePowerUsersActiveFiveDaysWithFourFeatures() {
        UserActivity a = new UserActivity("a", 5, 4);
        UserActivity b = new UserActivity("b", 6, 7);
        UserActivity c = new UserActivity("c", 7, 4);
        UserActivity casual = new UserActivity("d", 4, 9);

        assertThat(run(rules, parameters(), a, b, c).rulesFired()).containsExactly(POWER_USERS);
        assertThat(run(rules, parameters(), a, b, casual).rulesFired()).isEmpty();
    }

    @Test
    void moreDistinctTeamsThanTheMonthBefore() {
        assertThat(run(rules, parameters(), month(1).teams(3), month(0).teams(4)).rulesFired()).containsExactly(TEAMS);
        assertThat(run(rules, parameters(), month(1).teams(3), month(0).teams(3)).rulesFired()).isEmpty();
    }

    @Test
    void featuresBeyondThePlanAreNamed() {
        RuleRun run = run(rules, parameters(), accountOnPlan("Growth"),
                month(0).features("dashboards", "api", "audit-log", "sandbox"));

        assertThat(run.rulesFired()).containsExactly(BEYOND_PLAN);
        assertThat(run.one(Signal.class).evidence()).containsEntry("features", List.of("audit-log", "sandbox"));
    }

    @Test
    void aPlanWithoutAFeatureListOrFeaturesWithinThePlanRaiseNothing() {
        assertThat(run(rules, parameters(), accountOnPlan("legacy"), month(0).features("audit-log")).rulesFired())
                .isEmpty();
        assertThat(run(rules, parameters(), accountOnPlan("growth"), month(0).features("api", "sso")).rulesFired())
                .isEmpty();
    }
}
