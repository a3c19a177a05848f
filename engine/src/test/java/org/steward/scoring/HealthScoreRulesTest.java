package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.steward.scoring.Facts.assessment;
import static org.steward.scoring.Facts.parameters;
import static org.steward.scoring.RuleAssertions.run;

import org.junit.jupiter.api.Test;
import org.steward.scoring.facts.HealthScore;
import org.steward.scoring.facts.Layer;
import org.steward.scoring.facts.LayerComponent;
import org.steward.scoring.facts.LayerContribution;
import org.steward.scoring.facts.LayerScore;
import org.steward.scoring.facts.MissingLayer;

/** rules/scoring/health-score.drl */
class HealthScoreRulesTest {

    private static final String ASSESSMENT_LAYER = "CSM assessment layer is the latest assessment on a 1-10 scale";
    private static final String NO_ASSESSMENT = "No CSM assessment yet: its weight is shared by the other layers";
    private static final String STALE_ASSESSMENT = "A CSM assessment older than the limit counts as missing";
    private static final String LAYER_SCORE = "A layer's score is the weighted mean of its components";
    private static final String HEALTH_SCORE = "The health score is the weighted sum of the layer scores";

    private final CompiledRuleSet rules = RuleSets.only("health-score.drl");

    private static LayerComponent usage(double score, double weight) {
        return new LayerComponent(Layer.USAGE, "usage-" + score, score, weight, "usage at " + score);
    }

    private static LayerComponent relationship(double score) {
        return new LayerComponent(Layer.RELATIONSHIP, "relationship", score, 100, "relationship at " + score);
    }

    @Test
    void theScoreWeighsUsage45RelationshipAndContract30AndTheAssessment25() {
        RuleRun run = run(rules, parameters(), usage(80, 100), relationship(60), assessment(7, 10));

        HealthScore health = run.one(HealthScore.class);
        assertThat(health.score()).isEqualTo(72); // 0.45 * 80 + 0.30 * 60 + 0.25 * 70 = 71.5
        assertThat(health.contributions()).extracting(LayerContribution::layer, LayerContribution::effectiveWeight,
                LayerContribution::points).containsExactly(
                        tuple(Layer.USAGE, 45.0, 36.0),
                        tuple(Layer.RELATIONSHIP, 30.0, 18.0),
                        tuple(Layer.ASSESSMENT, 25.0, 17.5));
        assertThat(health.notes()).isEmpty();
        assertThat(run.rulesFired()).containsExactly(ASSESSMENT_LAYER, LAYER_SCORE, LAYER_SCORE, LAYER_SCORE,
                HEALTH_SCORE);
    }

    @Test
    void aLayerScoreIsTheWeightedMeanOfItsComponentsWithTheirExplanations() {
        RuleRun run = run(rules, parameters(), usage(80, 35), usage(40, 65), relationship(50));

        LayerScore usage = run.all(LayerScore.class).stream().filter(l -> l.layer() == Layer.USAGE).findFirst()
                .orElseThrow();
        assertThat(usage.score()).isEqualTo(54.0); // (80 * 35 + 40 * 65) / 100
        assertThat(usage.explanation()).containsExactlyInAnyOrder("usage at 80.0", "usage at 40.0");
    }

    @Test
    void withoutAnAssessmentItsWeightIsRedistributedAndTheScoreSaysSo() {
        RuleRun run = run(rules, parameters(), usage(80, 100), relationship(60));

        HealthScore health = run.one(HealthScore.class);
        assertThat(health.score()).isEqualTo(72); // (45 * 80 + 30 * 60) / 75
        assertThat(health.contributions()).extracting(LayerContribution::effectiveWeight).containsExactly(60.0, 40.0);
        assertThat(health.notes()).containsExactly("No CSM assessment layer (no CSM assessment yet): its 25% weight "
                + "is redistributed: product usage 60%, relationship and contract 40%");
        assertThat(run.rulesFired()).contains(NO_ASSESSMENT).doesNotContain(ASSESSMENT_LAYER);
    }

    @Test
    void anAssessmentOf180DaysCountsButOneOf181DaysIsMissing() {
        RuleRun current = run(rules, parameters(), usage(80, 100), assessment(4, 180));
        RuleRun stale = run(rules, parameters(), usage(80, 100), assessment(4, 181));

        assertThat(current.rulesFired()).contains(ASSESSMENT_LAYER).doesNotContain(STALE_ASSESSMENT);
        assertThat(current.one(HealthScore.class).score()).isEqualTo(66); // (45 * 80 + 25 * 40) / 70 = 65.7
        assertThat(stale.rulesFired()).contains(STALE_ASSESSMENT).doesNotContain(ASSESSMENT_LAYER);
        assertThat(stale.one(MissingLayer.class).reason()).isEqualTo("the latest CSM assessment is 181 days old");
        assertThat(stale.one(HealthScore.class).score()).isEqualTo(80);
    }

    @Test
    void withoutAnyLayerNoHealthScoreIsConcluded() {
        RuleRun run = run(rules, parameters());

        assertThat(run.rulesFired()).containsExactly(NO_ASSESSMENT);
        assertThat(run.one(HealthScore.class)).isNull();
    }
}
