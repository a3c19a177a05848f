package org.steward.notification.template;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.notification.wiring.AccountModels;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.InvalidInputException;

/**
 * Templates: read by everyone signed in; validated and published by CS ops; previewed by the people who
 * work with messages. Template ids contain slashes, so a template is read at {@code /api/v1/templates/<id>}
 * and written through request bodies that name it.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplateController {

    private final TemplateStore store;
    private final AccountModels accounts;

    TemplateController(TemplateStore store, AccountModels accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @GetMapping
    List<TemplateSummary> all() {
        return store.all().stream().map(TemplateSummary::of).toList();
    }

    /** The newest version (or {@code ?version=n}) with its source and the list of all versions. */
    @GetMapping("/{*id}")
    TemplateView one(@PathVariable String id, @RequestParam(required = false) Integer version) {
        String templateId = id.startsWith("/") ? id.substring(1) : id;
        List<PublishedTemplate> history = store.history(templateId);
        PublishedTemplate shown = version == null ? history.get(0) : store.version(templateId, version);
        return new TemplateView(shown.id(), shown.kind(), shown.version(), shown.publishedAt(), shown.publishedBy(), shown.note(),
                shown.source(), history.stream().map(TemplateSummary::of).toList());
    }

    /** Checks a template without publishing it: 200 with the rendering of the sample model, or 400 with line and column. */
    @PostMapping("/validate")
    @PreAuthorize("hasAnyRole('CS_OPS','ADMIN')")
    Rendered validate(@RequestBody TemplateText body) {
        return store.validate(body.id(), body.source());
    }

    /** Publishes a new version; {@code basedOn} guards against overwriting someone else's version (409). */
    @PostMapping("/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CS_OPS','ADMIN')")
    TemplateSummary publish(@RequestBody TemplateText body, Authentication user) {
        return TemplateSummary.of(store.publish(body.id(), body.source(), user.getName(), body.note(), body.basedOn()));
    }

    /**
     * Renders a stored template (newest, or {@code version}) or submitted {@code source} against {@code model}, against
     * the real data of account {@code accountExternalId}, or against the template's sample model when neither is given.
     * Submitted source is for CS ops only.
     */
    @PostMapping("/preview")
    @PreAuthorize("hasAnyRole('CS_OPS','ADMIN','CSM','TEAM_LEAD')")
    Preview preview(@RequestBody PreviewRequest request, Authentication user) {
        if (request.model() != null && request.accountExternalId() != null) {
            throw new InvalidInputException(FieldProblem.of("accountExternalId", "give a model or an account, not both"));
        }
        Object model = request.model() != null ? request.model()
                : request.accountExternalId() != null ? accounts.forTemplate(request.id(), request.accountExternalId())
                : store.sampleModel(request.id());
        if (request.source() != null) {
            boolean author = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_CS_OPS") || a.getAuthority().equals("ROLE_ADMIN"));
            if (!author) {
                throw new AccessDeniedException("Only CS ops preview unpublished template text");
            }
            Rendered rendered = store.renderDraft(request.id(), request.source(), model);
            return new Preview(request.id(), null, rendered.subject(), rendered.html());
        }
        PublishedTemplate template = request.version() == null ? store.active(request.id()) : store.version(request.id(), request.version());
        Rendered rendered = store.render(template, model);
        return new Preview(template.id(), template.version(), rendered.subject(), rendered.html());
    }

    record TemplateText(String id, String source, Integer basedOn, String note) {
    }

    record PreviewRequest(String id, Integer version, String source, Map<String, Object> model, String accountExternalId) {
    }

    record Preview(String id, Integer version, String subject, String html) {
    }

    record TemplateSummary(String id, TemplateKind kind, int version, Instant publishedAt, String publishedBy, String note) {
        static TemplateSummary of(PublishedTemplate t) {
            return new TemplateSummary(t.id(), t.kind(), t.version(), t.publishedAt(), t.publishedBy(), t.note());
        }
    }

    record TemplateView(String id, TemplateKind kind, int version, Instant publishedAt, String publishedBy, String note, String source,
                        List<TemplateSummary> versions) {
    }
}
