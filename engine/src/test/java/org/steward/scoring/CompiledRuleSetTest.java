package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.account.Segment;
import org.steward.scoring.facts.HealthTier;
import org.steward.scoring.facts.Layer;
import org.steward.scoring.facts.MissingLayer;
import org.steward.scoring.facts.Tier;
import org.steward.scoring.facts.Trend;

/**
 * What one evaluation hands back. The KieBase is built immutable, and Drools then drops at once a fact no rule can
 * match; the conclusions Steward reads (here a trend no rule reads) must still be in the run, and a fact a rule
 * deleted must not. Sessions are pooled: a second evaluation must not see the first one's facts.
 */
class CompiledRuleSetTest {

    private static final String DRL = """
            package scoring;

            import org.steward.scoring.facts.*;

            rule "A missing layer concludes a trend that no rule reads"
            when
                MissingLayer()
            then
                insert(Trend.unknown());
            end

            rule "A tier given as input is withdrawn"
            when
                $t : HealthTier()
            then
                delete($t);
            end
            """;

    private final CompiledRuleSet ruleSet = compiled();

    private static CompiledRuleSet compiled() {
        Map<String, String> files = RuleSets.files();
        files.put(RuleSets.DIR + "probe.drl", DRL);
        return RuleSets.compiled(files);
    }

    @Test
    void concludedFactsNoRuleReadsAreKeptAndDeletedFactsAreGone() {
        MissingLayer missing = new MissingLayer(Layer.ASSESSMENT, "no CSM assessment yet");
        HealthTier tier = new HealthTier(Tier.GREEN, "given");

        RuleRun run = ruleSet.run("acct-1", ruleSet.parameters().forSegment(Segment.SMB),
                List.of(missing, tier));

        assertThat(run.rulesFired()).containsExactlyInAnyOrder("A missing layer concludes a trend that no rule reads",
                "A tier given as input is withdrawn");
        assertThat(run.facts()).contains(missing).doesNotContain(tier);
        assertThat(run.all(Trend.class)).hasSize(1);
    }

    @Test
    void aPooledSessionStartsEmpty() {
        for (int round = 0; round < 5; round++) {
            RuleRun run = ruleSet.run("acct-" + round, ruleSet.parameters().forSegment(Segment.SMB),
                    List.of(new MissingLayer(Layer.ASSESSMENT, "round " + round)));
            assertThat(run.facts()).hasSize(2);
            assertThat(run.all(MissingLayer.class)).extracting(MissingLayer::reason).containsExactly("round " + round);
        }
    }
}
