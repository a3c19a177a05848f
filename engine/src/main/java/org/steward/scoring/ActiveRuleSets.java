package org.steward.scoring;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Holds the active rule set. A scoring run reads {@link #current()} once when it starts and keeps that
 * rule set to its end, so activating a new version never changes a run in progress. Until the rule-set
 * store takes over, the shipped rule set is version 1.
 */
@Component
public class ActiveRuleSets {

    private final AtomicReference<ActiveRuleSet> active = new AtomicReference<>();

    public ActiveRuleSet current() {
        ActiveRuleSet current = active.get();
        if (current == null) {
            active.compareAndSet(null, new ActiveRuleSet(1, compileShipped()));
            current = active.get();
        }
        return current;
    }

    /** Makes {@code next} the rule set every later run and every later single-account scoring uses. */
    void activate(ActiveRuleSet next) {
        active.set(next);
    }

    private static CompiledRuleSet compileShipped() {
        RuleSetCompilation compilation = new RuleSetCompiler().compile(ShippedRuleSet.files());
        if (compilation instanceof CompiledRuleSet compiled) {
            return compiled;
        }
        throw new IllegalStateException("the shipped rule set does not compile: " + compilation);
    }
}
