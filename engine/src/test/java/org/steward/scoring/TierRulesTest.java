package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.Facts.score;
import static org.steward.scoring.RuleAssertions.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.account.Segment;
import org.steward.scoring.facts.HealthTier;
import org.steward.scoring.facts.Tier;

/** rules/scoring/tier.drl */
class TierRulesTest {

    private final CompiledRuleSet rules = RuleSets.only("tier.drl");

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({
            "100, GREEN, Green from the green threshold up",
            "70, GREEN, Green from the green threshold up",
            "69, YELLOW, Yellow from the yellow threshold up to below green",
            "40, YELLOW, Yellow from the yellow threshold up to below green",
            "39, RED, Red below the yellow threshold",
            "0, RED, Red below the yellow threshold"})
    void tierFollowsTheThresholds(int value, Tier tier, String rule) {
        RuleRun run = run(rules, parameters(), score(value));

        assertThat(run.rulesFired()).containsExactly(rule);
        assertThat(run.one(HealthTier.class).tier()).isEqualTo(tier);
    }

    @Test
    void noHealthScoreFiresNoTierRule() {
        RuleRun run = run(rules, parameters());

        assertThat(run.rulesFired()).isEmpty();
    }

    @Test
    void aSegmentOverrideMovesTheThresholdForThatSegmentOnly() {
        CompiledRuleSet strictSmb = RuleSets.withParameters("segment.SMB.tier.green.min=75", "tier.drl");

        assertThat(run(strictSmb, strictSmb.parameters().forSegment(Segment.SMB), score(72)).one(HealthTier.class).tier())
                .isEqualTo(Tier.YELLOW);
        assertThat(run(strictSmb, strictSmb.parameters().forSegment(Segment.ENTERPRISE), score(72)).one(HealthTier.class)
                .tier()).isEqualTo(Tier.GREEN);
    }

    @Test
    void theReasonNamesTheThreshold() {
        assertThat(run(rules, parameters(), score(69)).one(HealthTier.class).reason()).isEqualTo("score 69 is 40 to 69");
    }
}
