package org.steward.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.steward.system.web.ConflictException;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;
import org.steward.system.web.NotFoundException;

/**
 * Authoring rule-set versions: validate a draft, store it as a new version, activate a version. A version
 * is stored only when it compiles and activated only when it compiles and passes the {@link RuleSetChecks};
 * a refusal changes nothing.
 */
@Service
public class RuleSetVersions {

    private final RuleSetStore store;
    private final ActiveRuleSets activeRuleSets;
    private final Clock clock;

    RuleSetVersions(RuleSetStore store, ActiveRuleSets activeRuleSets, Clock clock) {
        this.store = store;
        this.activeRuleSets = activeRuleSets;
        this.clock = clock;
    }

    /** What checking a draft found: the problems that stop it from compiling, else the check results. */
    public record Validation(boolean compiles, List<RuleSetProblem> problems, RuleSetChecks.Report checks) {
    }

    /** A stored version with the results of the checks it will have to pass to be activated. */
    public record Created(RuleSetVersion version, RuleSetChecks.Report checks) {
    }

    /** An activation with the check results it passed. */
    public record Activated(RuleSetActivation activation, RuleSetChecks.Report checks) {
    }

    /** Every version, newest first. */
    public List<RuleSetVersion> versions() {
        activeRuleSets.seedIfEmpty();
        return store.versions();
    }

    public Optional<RuleSetActivation> active() {
        return store.active();
    }

    public RuleSetVersion version(int version) {
        return store.version(version).orElseThrow(() -> new NotFoundException("rule-set version", String.valueOf(version)));
    }

    public Map<String, String> files(int version) {
        version(version);
        return store.files(version);
    }

    /** Compiles the draft and, when it compiles, runs the checks; stores nothing. */
    public Validation validate(RuleSetDraft draft) {
        RuleSetCompilation compilation = new RuleSetCompiler(activeRuleSets.limits()).compile(resolve(draft));
        if (compilation instanceof RuleSetProblems problems) {
            return new Validation(false, problems.problems(), null);
        }
        return new Validation(true, List.of(), check((CompiledRuleSet) compilation));
    }

    /** Stores the draft as the next version when it compiles (else 422 with every problem); activates nothing. */
    public Created create(RuleSetDraft draft, String by) {
        Map<String, String> files = resolve(draft);
        CompiledRuleSet compiled = compiled(files, "The rule set does not compile; nothing was stored");
        RuleSetVersion version = store.create(draft.basedOn(), files, by, draft.note(), clock.instant());
        return new Created(version, check(compiled));
    }

    /**
     * Makes {@code version} the active one: compiles it, runs the checks (422 when they fail), then switches
     * the database and this node's {@link ActiveRuleSets} together. 409 when it is already active, when
     * {@code expectedActive} is given and is no longer the active version, or when another activation
     * came first while this one was checked. A scoring run in progress keeps the version it started with.
     */
    public Activated activate(int version, Integer expectedActive, String by) {
        activeRuleSets.seedIfEmpty();
        version(version);
        RuleSetActivation now = store.active().orElseThrow(() -> new IllegalStateException("no active rule-set version"));
        if (now.version() == version) {
            throw new ConflictException("Rule-set version " + version + " is already active (activated by "
                    + now.activatedBy() + " at " + now.activatedAt() + ")");
        }
        if (expectedActive != null && expectedActive != now.version()) {
            throw new ConflictException("Version " + now.version() + " is active, not " + expectedActive
                    + ": someone activated a version in between; nothing changed");
        }
        CompiledRuleSet compiled = compiled(store.files(version),
                "Rule-set version " + version + " does not compile with this Steward; nothing changed");
        RuleSetChecks.Report checks = check(compiled);
        if (!checks.passed()) {
            throw new RuleSetRefusedException("Rule-set version " + version + " failed " + checks.failures().size()
                    + " of " + checks.results().size() + " checks; version " + now.version() + " stays active",
                    List.of(), checks.failures());
        }
        RuleSetActivation[] done = new RuleSetActivation[1];
        activeRuleSets.switchTo(new ActiveRuleSet(version, compiled),
                () -> done[0] = store.activate(version, now.version(), by, clock.instant()));
        return new Activated(done[0], checks);
    }

    private RuleSetChecks.Report check(CompiledRuleSet candidate) {
        return RuleSetChecks.run(candidate, activeRuleSets.current().rules());
    }

    private CompiledRuleSet compiled(Map<String, String> files, String refusal) {
        RuleSetCompilation compilation = new RuleSetCompiler(activeRuleSets.limits()).compile(files);
        if (compilation instanceof RuleSetProblems problems) {
            throw new RuleSetRefusedException(refusal + " (" + problems.problems().size() + " problem(s))",
                    problems.problems(), List.of());
        }
        return (CompiledRuleSet) compilation;
    }

    /** The complete files of a draft: its base's files with the changes applied. 400 naming the field when the draft is unusable. */
    private Map<String, String> resolve(RuleSetDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> files = new TreeMap<>();
        if (draft.basedOn() != null) {
            if (store.version(draft.basedOn()).isEmpty()) {
                problems.add(FieldProblem.of("basedOn", "there is no rule-set version " + draft.basedOn()));
            } else {
                files.putAll(store.files(draft.basedOn()));
            }
        } else if (!draft.removed().isEmpty() || !draft.parameters().isEmpty()) {
            problems.add(FieldProblem.of("basedOn", "is needed to remove files or change parameters: name the version they change"));
        }
        draft.files().forEach((path, source) -> {
            if (source == null) {
                problems.add(FieldProblem.of("files", path + " has no source; list a file to drop in 'removed'"));
            } else {
                files.put(path, source);
            }
        });
        for (int i = 0; i < draft.removed().size(); i++) {
            String path = draft.removed().get(i);
            if (draft.basedOn() != null && files.remove(path) == null) {
                problems.add(FieldProblem.of("removed[" + i + "]", "'" + path + "' is not a file of version " + draft.basedOn()));
            }
        }
        if (!draft.parameters().isEmpty()) {
            ParameterEdits.problems(draft.parameters()).forEach((key, reason) ->
                    problems.add(FieldProblem.of("parameters", "'" + key + "': " + reason)));
            String path = files.keySet().stream().filter(p -> p.endsWith(RuleSetCompiler.PARAMETERS_FILE)).findFirst().orElse(null);
            if (path == null) {
                problems.add(FieldProblem.of("parameters", "the rule set has no " + RuleSetCompiler.PARAMETERS_FILE + " to change"));
            } else {
                files.put(path, ParameterEdits.apply(files.get(path), draft.parameters()));
            }
        }
        if (problems.isEmpty() && files.isEmpty()) {
            problems.add(FieldProblem.of("files", "a rule set needs files: send them all, or send changes with basedOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The rule-set draft cannot be read: " + problems.get(0).reason(), problems);
        }
        return files;
    }
}
