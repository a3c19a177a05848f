package org.steward.scoring;

import java.util.ArrayList;
import java.util.List;

import org.steward.account.Segment;
import org.steward.scoring.facts.ScoringParameters;

/** Test fixture: runs facts through a compiled rule set, building fluent fixture objects on the way. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    /** Runs {@code facts}; a {@link ScoringParameters} among them becomes the global {@code params}. */
    static RuleRun run(CompiledRuleSet ruleSet, Object... facts) {
        ScoringParameters parameters = ruleSet.parameters().forSegment(Segment.MID_MARKET);
        List<Object> built = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof ScoringParameters given) {
                parameters = given;
            } else {
                built.add(fact instanceof Facts.Window window ? window.build() : fact);
            }
        }
        return ruleSet.run("acme", parameters, built);
    }
}
