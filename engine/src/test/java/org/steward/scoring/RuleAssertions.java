package org.steward.scoring;

import java.util.ArrayList;
import java.util.List;

/** Test fixture: runs facts through a compiled rule set, building fluent fixture objects on the way. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    static RuleRun run(CompiledRuleSet ruleSet, Object... facts) {
        List<Object> built = new ArrayList<>();
        for (Object fact : facts) {
            built.add(fact instanceof Facts.Window window ? window.build() : fact);
        }
        return ruleSet.run("acme", built);
    }
}
