package org.steward.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.steward.scoring.facts.ScoringParameters;
import org.steward.system.sandbox.Watchdog;

/**
 * A rule set ready to evaluate accounts: the compiled {@link KieBase} (shared, immutable) with its
 * parameters. Each evaluation runs in its own session taken from a pool, so one instance serves any
 * number of threads. The parameters reach the rules as the global {@code params} rather than as a fact:
 * nearly every rule reads them, and joining a fact in every rule cost a quarter of the evaluation time.
 * The KieBase is immutable (no rules added to it later), so Drools keeps a session's facts in one identity
 * map rather than a store per fact class rebuilt for every account; the facts an evaluation hands back are
 * recorded by {@link FiredRules} as they are inserted. A session serves one thread at a time, so it is not
 * thread-safe: no locks, and inserted facts propagate at once rather than through a queue.
 */
public final class CompiledRuleSet implements RuleSetCompilation {

    /** The one global a rule set may declare: {@code global ScoringParameters params;}. */
    public static final String PARAMETERS_GLOBAL = "params";

    /**
     * Firings after which an account's evaluation is stopped and fails: a rule that keeps activating itself
     * (or two that activate each other) would otherwise never end. The shipped rules fire a few dozen times.
     */
    static final int MAX_FIRINGS = 10_000;

    private static final Pattern CONSTRAINT_RULE = Pattern.compile("\\[Rule \"(.*?)\"");

    private final KieBase kieBase;
    private final ParameterSet parameters;
    private final KieSessionsPool sessions;
    private final KieSessionConfiguration sessionConfiguration;
    private final List<String> ruleNames;
    private final boolean readsParameters;
    private final RuleLimits limits;

    CompiledRuleSet(KieBase kieBase, ParameterSet parameters, RuleLimits limits) {
        this.kieBase = kieBase;
        this.limits = limits;
        this.parameters = parameters;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.sessionConfiguration = KieServices.Factory.get().newKieSessionConfiguration();
        this.sessionConfiguration.setOption(ThreadSafeOption.NO);
        this.ruleNames = kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName)
                .sorted().toList();
        this.readsParameters = kieBase.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(global -> global.getName().equals(PARAMETERS_GLOBAL));
    }

    public ParameterSet parameters() {
        return parameters;
    }

    /** The names of all rules in the set, sorted. */
    public List<String> ruleNames() {
        return ruleNames;
    }

    /**
     * Sets {@code parameters} as the global {@code params}, inserts {@code facts}, fires all rules and
     * returns what fired and every fact at the end. A rule that throws becomes a
     * {@link RuleFailureException} naming {@code accountId} and the rule; so do rules that fire more than
     * {@link #MAX_FIRINGS} times, naming the rules that fired most, and an evaluation that passes its
     * {@link RuleLimits} (time or memory), naming the rule that was running.
     */
    public RuleRun run(String accountId, ScoringParameters parameters, Collection<?> facts) {
        KieSession session = sessions.newKieSession(sessionConfiguration);
        FiredRules fired = new FiredRules(facts.size() * 3);
        session.addEventListener((AgendaEventListener) fired);
        session.addEventListener((RuleRuntimeEventListener) fired);
        Watchdog.Slot limit = Watchdog.get().start(limits.time(), limits.memoryBytes());
        boolean broken = false;
        try {
            if (readsParameters) {
                session.setGlobal(PARAMETERS_GLOBAL, parameters);
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
                throw new RuleFailureException(accountId, null, "stopped after " + MAX_FIRINGS + " rule firings, a"
                        + " rule keeps activating itself or others again; fired most: " + mostFired(fired.names()), null);
            }
            return new RuleRun(fired.names(), fired.facts());
        } catch (RuleFailureException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            Watchdog.Stop stopped = limit.end();
            broken = stopped != null || e instanceof StackOverflowError;
            if (stopped != null) {
                throw new RuleFailureException(accountId, fired.firing(), stopped == Watchdog.Stop.TIME
                        ? "did not finish within " + limits.time().toMillis() + " ms and was stopped"
                        : "allocated more than " + limits.memoryBytes() / (1024 * 1024) + " MB and was stopped", null);
            }
            if (e instanceof StackOverflowError) {
                throw new RuleFailureException(accountId, fired.firing(), "recursion too deep (stack overflow)", null);
            }
            throw failure(accountId, fired.firing(), (RuntimeException) e);
        } finally {
            limit.end();
            if (broken) {
                session.destroy(); // stopped midway: not back to the pool
            } else {
                session.dispose(); // back to the pool, which resets it: facts, globals and listeners are gone
            }
        }
    }

    /** The three rules that fired most often, with their counts: where to look when rules fire without end. */
    private static String mostFired(List<String> names) {
        return names.stream().collect(Collectors.groupingBy(name -> name, Collectors.counting())).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(entry -> "\"" + entry.getKey() + "\" " + entry.getValue() + " times").collect(Collectors.joining(", "));
    }

    private static RuleFailureException failure(String accountId, String firing, RuntimeException error) {
        String rule = firing;
        Throwable root = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            Matcher constraint = CONSTRAINT_RULE.matcher(String.valueOf(cause.getMessage()));
            if (cause.getClass().getSimpleName().equals("ConstraintEvaluationException") && constraint.find()) {
                rule = constraint.group(1);
            }
            root = cause;
        }
        String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new RuleFailureException(accountId, rule, reason, error);
    }

    KieBase kieBase() {
        return kieBase;
    }
}
