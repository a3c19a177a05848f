package org.steward.scoring;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the active rule set of this node, compiled. A scoring run reads {@link #current()} once when it
 * starts and keeps that rule set to its end, so activating a new version never changes a run in progress.
 *
 * <p>The active version lives in the rule-set store. {@link #current()} answers from memory and, at most
 * every {@code steward.rule-sets.check-interval} (2 s by default), reads the active version number from
 * the database (one primary-key read): a version activated on another node is compiled and used here from
 * then on. An activation on this node switches the database and this holder together
 * ({@link #switchTo}). On an empty store the shipped rule set is seeded as version 1 first.
 */
@Component
public class ActiveRuleSets {

    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSets.class);

    private final RuleSetStore store;
    private final Clock clock;
    private final long checkIntervalNanos;
    private volatile Loaded loaded;

    /** The rule set in use, for the active version number read from the database, and when that was read. */
    private final RuleLimits limits;

    /** The limits every rule set this node compiles runs within. */
    RuleLimits limits() {
        return limits;
    }

    private record Loaded(int activeVersion, ActiveRuleSet ruleSet, long checkedAt) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    ActiveRuleSets(RuleSetStore store, Clock clock,
                   @Value("${steward.rule-sets.check-interval:PT2S}") Duration checkInterval, ScoringProperties properties) {
        this(store, clock, checkInterval, properties.ruleLimits().limits());
    }

    ActiveRuleSets(RuleSetStore store, Clock clock, Duration checkInterval) {
        this(store, clock, checkInterval, RuleLimits.DEFAULT);
    }

    private ActiveRuleSets(RuleSetStore store, Clock clock, Duration checkInterval, RuleLimits limits) {
        this.limits = limits;
        this.store = store;
        this.clock = clock;
        this.checkIntervalNanos = checkInterval.toNanos();
    }

    public ActiveRuleSet current() {
        Loaded now = loaded;
        if (now != null && System.nanoTime() - now.checkedAt() < checkIntervalNanos) {
            return now.ruleSet();
        }
        return refresh();
    }

    /** The version this node scores with, without compiling anything; empty before the first {@link #current()}. */
    public Optional<Integer> inUse() {
        Loaded now = loaded;
        return now == null ? Optional.empty() : Optional.of(now.ruleSet().version());
    }

    /** Reads the active version number and, when it changed, compiles and uses that version. */
    synchronized ActiveRuleSet refresh() {
        int active = store.activeVersion().orElseGet(this::seed);
        Loaded now = loaded;
        if (now != null && now.activeVersion() == active) {
            loaded = new Loaded(active, now.ruleSet(), System.nanoTime());
            return now.ruleSet();
        }
        ActiveRuleSet next = load(active);
        loaded = new Loaded(active, next, System.nanoTime());
        return next;
    }

    /**
     * Runs {@code commit}, which switches the active version in the database and returns once committed,
     * then makes {@code next} current at once. Nothing can refresh in between; when {@code commit} throws,
     * nothing changes here either.
     */
    synchronized void switchTo(ActiveRuleSet next, Runnable commit) {
        commit.run();
        loaded = new Loaded(next.version(), next, System.nanoTime());
    }

    /** Seeds the shipped rule set as version 1 when the store is empty (safe on several nodes at once). */
    void seedIfEmpty() {
        if (store.activeVersion().isEmpty()) {
            seed();
        }
    }

    private int seed() {
        store.seed(ShippedRuleSet.files(), clock.instant());
        return store.activeVersion().orElseThrow(() -> new IllegalStateException("the rule-set store has no active version"));
    }

    /**
     * Compiles the active version. A version that no longer compiles (after an upgrade changed what rules
     * may use) is logged and passed over for the one activated before it that still compiles.
     */
    private ActiveRuleSet load(int active) {
        Set<Integer> candidates = new LinkedHashSet<>();
        candidates.add(active);
        store.activations().forEach(activation -> candidates.add(activation.version()));
        List<String> refused = new ArrayList<>();
        for (int version : candidates) {
            RuleSetCompilation compilation = new RuleSetCompiler(limits).compile(store.files(version));
            if (compilation instanceof CompiledRuleSet compiled) {
                if (version != active) {
                    log.error("Rule-set version {} is active but does not compile with this Steward ({}); scoring uses"
                            + " version {}, the latest activated one that compiles. Activate a version that compiles.",
                            active, String.join("; ", refused), version);
                } else {
                    log.info("Rule-set version {} compiled and in use", version);
                }
                return new ActiveRuleSet(version, compiled);
            }
            refused.add("version " + version + ": " + ((RuleSetProblems) compilation).problems());
        }
        throw new IllegalStateException("No activated rule-set version compiles: " + String.join("; ", refused));
    }
}
