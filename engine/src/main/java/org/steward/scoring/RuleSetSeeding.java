package org.steward.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: seeds the shipped rule set as version 1 on an empty store, then compiles the active version
 * in the background (a few seconds), so the first scoring does not wait for it and a version that no
 * longer compiles is reported in the log at once. {@code steward.rule-sets.compile-at-start=false} leaves
 * the compilation to the first use.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleSetSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RuleSetSeeding.class);

    private final ActiveRuleSets activeRuleSets;
    private final boolean compileAtStart;

    RuleSetSeeding(ActiveRuleSets activeRuleSets, @Value("${steward.rule-sets.compile-at-start:true}") boolean compileAtStart) {
        this.activeRuleSets = activeRuleSets;
        this.compileAtStart = compileAtStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        activeRuleSets.seedIfEmpty();
        if (compileAtStart) {
            Thread compile = new Thread(() -> {
                try {
                    activeRuleSets.current();
                } catch (RuntimeException e) {
                    log.error("The active rule set could not be loaded; scoring will retry at its first use", e);
                }
            }, "rule-set-compile");
            compile.setDaemon(true);
            compile.start();
        }
    }
}
