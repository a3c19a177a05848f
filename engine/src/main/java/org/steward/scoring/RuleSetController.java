package org.steward.scoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.system.web.Problems;

/** Scoring rule-set versions for CS ops: list, read, validate, create, activate. JSON in and out. */
@RestController
@RequestMapping("/api/v1/rule-sets")
class RuleSetController {

    private static final String AUTHORS = "hasAnyRole('CS_OPS','ADMIN')";

    private final RuleSetVersions versions;
    private final ActiveRuleSets activeRuleSets;

    RuleSetController(RuleSetVersions versions, ActiveRuleSets activeRuleSets) {
        this.versions = versions;
        this.activeRuleSets = activeRuleSets;
    }

    @GetMapping
    @PreAuthorize(AUTHORS)
    VersionList list() {
        List<RuleSetVersion> all = versions.versions();
        RuleSetActivation active = versions.active().orElse(null);
        int activeVersion = active == null ? 0 : active.version();
        return new VersionList(active, activeRuleSets.inUse().orElse(null),
                all.stream().map(v -> VersionView.of(v, v.version() == activeVersion, null)).toList());
    }

    @GetMapping("/{version}")
    @PreAuthorize(AUTHORS)
    VersionView version(@PathVariable int version) {
        RuleSetVersion found = versions.version(version);
        boolean active = versions.active().map(a -> a.version() == version).orElse(false);
        return VersionView.of(found, active, versions.files(version));
    }

    /** Compiles a draft and runs the checks without storing anything: always 200, with the problems or the check results. */
    @PostMapping("/validate")
    @PreAuthorize(AUTHORS)
    ValidationView validate(@Valid @RequestBody RuleSetDraft draft) {
        RuleSetVersions.Validation validation = versions.validate(draft);
        return new ValidationView(validation.compiles(), ProblemView.all(validation.problems()),
                validation.checks() == null ? null : validation.checks().passed(),
                validation.checks() == null ? List.of() : validation.checks().results());
    }

    /** Stores a new version (201) when it compiles, else 422 listing every problem; activates nothing. */
    @PostMapping
    @PreAuthorize(AUTHORS)
    ResponseEntity<CreatedView> create(@Valid @RequestBody RuleSetDraft draft, Authentication user) {
        RuleSetVersions.Created created = versions.create(draft, user.getName());
        int number = created.version().version();
        return ResponseEntity.created(URI.create("/api/v1/rule-sets/" + number)).body(new CreatedView(
                VersionView.of(created.version(), false, null), created.checks().passed(),
                created.checks().results()));
    }

    /**
     * Activates a version: 200 when it compiled and passed its checks, 422 when not, 409 when it is already
     * active or {@code expectedActive} is no longer the active version. A refusal changes nothing.
     */
    @PostMapping("/{version}/activate")
    @PreAuthorize(AUTHORS)
    ActivatedView activate(@PathVariable int version, @RequestParam(required = false) Integer expectedActive,
                           Authentication user) {
        RuleSetVersions.Activated activated = versions.activate(version, expectedActive, user.getName());
        return new ActivatedView(activated.activation(), activated.checks().results());
    }

    @ExceptionHandler(RuleSetRefusedException.class)
    ProblemDetail refused(RuleSetRefusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "rule-set-refused", "Rule set refused", e.getMessage());
        problem.setProperty("problems", ProblemView.all(e.problems()));
        problem.setProperty("failedChecks", e.failedChecks());
        return problem;
    }

    record VersionList(RuleSetActivation active, Integer inUseOnThisNode, List<VersionView> versions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VersionView(int version, Integer basedOn, Instant publishedAt, String publishedBy, String note, boolean active,
                       Map<String, String> files) {
        static VersionView of(RuleSetVersion v, boolean active, Map<String, String> files) {
            return new VersionView(v.version(), v.basedOn(), v.publishedAt(), v.publishedBy(), v.note(), active, files);
        }
    }

    record ValidationView(boolean compiles, List<ProblemView> problems, Boolean checksPassed, List<RuleSetChecks.Result> checks) {
    }

    record CreatedView(VersionView version, boolean checksPassed, List<RuleSetChecks.Result> checks) {
    }

    record ActivatedView(RuleSetActivation activation, List<RuleSetChecks.Result> checks) {
    }

    /** A problem at a place in a file; line and column are 1-based, 0 when the message has none. */
    record ProblemView(String file, int line, int column, RuleSetProblem.Kind kind, String message) {
        static List<ProblemView> all(List<RuleSetProblem> problems) {
            return problems.stream().map(p -> new ProblemView(p.path(), p.line(), p.column(), p.kind(), p.message())).toList();
        }
    }
}
