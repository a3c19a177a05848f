package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.account;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.RuleAssertions.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.account.Segment;
import org.steward.scoring.facts.Lifecycle;
import org.steward.scoring.facts.LifecycleStage;

/** rules/scoring/lifecycle.drl */
class LifecycleRulesTest {

    private static final String RENEWAL = "Account is in its renewal window from a set number of days before renewal";
    private static final String ONBOARDING = "Account is onboarding during its first days after the contract starts";
    private static final String ADOPTED = "Account is adopted between onboarding and the renewal window";

    private final CompiledRuleSet rules = RuleSets.only("lifecycle.drl");

    @ParameterizedTest(name = "{0}: day {1} of the contract, renewal in {2} days -> {3}")
    @CsvSource({
            "MID_MARKET, 89, 276, ONBOARDING",
            "MID_MARKET, 90, 275, ADOPTED",
            "MID_MARKET, 240, 121, ADOPTED",
            "MID_MARKET, 245, 120, RENEWAL_WINDOW",
            "MID_MARKET, 400, -5, RENEWAL_WINDOW",
            "ENTERPRISE, 185, 180, RENEWAL_WINDOW",
            "ENTERPRISE, 184, 181, ADOPTED",
            "SMB, 30, 60, RENEWAL_WINDOW"})
    void stageFollowsTheContractDates(Segment segment, int daysSinceStart, int daysToRenewal, LifecycleStage stage) {
        RuleRun run = run(rules, parameters(segment), account(segment, daysSinceStart, daysToRenewal));

        assertThat(run.rulesFired()).hasSize(1).containsAnyOf(RENEWAL, ONBOARDING, ADOPTED);
        assertThat(run.one(Lifecycle.class).stage()).isEqualTo(stage);
    }

    @Test
    void aPassedRenewalDateSaysSo() {
        Lifecycle lifecycle = run(rules, parameters(), account(Segment.MID_MARKET, 400, -5)).one(Lifecycle.class);

        assertThat(lifecycle.reason()).isEqualTo("renewal date passed 5 days ago (window opens 120 days before)");
    }

    @Test
    void withoutAnAccountNoStageIsConcluded() {
        assertThat(run(rules, parameters()).rulesFired()).isEmpty();
    }
}
