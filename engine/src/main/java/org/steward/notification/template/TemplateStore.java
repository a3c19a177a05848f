package org.steward.notification.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.steward.system.versioning.ShippedContent;
import org.steward.system.web.ConflictException;
import org.steward.system.web.FieldProblem;
import org.steward.system.web.NotFoundException;

/**
 * Templates live in the database, versioned like playbooks: the files under {@code templates/} seed
 * version 1 of each template the first time Steward sees it (and later ones when a release ships a changed file, see
 * {@link ShippedContent}); CS ops publish later versions. A message is
 * always rendered from the newest version and records which version that was.
 */
@Service
public class TemplateStore {

    private static final Logger log = LoggerFactory.getLogger(TemplateStore.class);
    static final String SHIPPED_ROOT = "steward/templates/";
    static final String EXTENSION = ".ftlh";

    private final TemplateVersionRepository versions;
    private final TemplateSandbox sandbox;
    private final Clock clock;
    private final TransactionOperations newTransaction;
    /** Published versions never change, so each is compiled once. */
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    TemplateStore(TemplateVersionRepository versions, TemplateSandbox sandbox, Clock clock, PlatformTransactionManager transactions) {
        this.versions = versions;
        this.newTransaction = ShippedContent.newTransaction(transactions);
        this.sandbox = sandbox;
        this.clock = clock;
    }

    /**
     * Brings every shipped template in (see {@link ShippedContent}): version 1 of one not stored yet, a new
     * version when the shipped file changed and nobody has published over it. A shipped template that is
     * invalid stops start-up.
     */
    public void seedShipped() {
        for (Map.Entry<String, String> shipped : shipped().entrySet()) {
            String id = shipped.getKey();
            validate(id, shipped.getValue());
            ShippedContent.Outcome outcome = ShippedContent.bringIn(newTransaction,
                    () -> versions.findFirstByTemplateIdOrderByVersionDesc(id), shipped.getValue(),
                    (version, note) -> versions.saveAndFlush(new TemplateVersion(id, version, shipped.getValue(), clock.instant(),
                            ShippedContent.PUBLISHER, note)));
            switch (outcome) {
                case SEEDED, UPGRADED -> log.info("Template {} {} from templates/{}{}", id,
                        outcome == ShippedContent.Outcome.SEEDED ? "seeded" : "updated", id, EXTENSION);
                case KEPT_AUTHORED -> log.warn("Template {}: the shipped templates/{}{} differs from the version CS ops published;"
                        + " the published version stays", id, id, EXTENSION);
                default -> { }
            }
        }
    }

    /** The newest version of every template. */
    @Transactional(readOnly = true)
    public List<PublishedTemplate> all() {
        return versions.findLatestOfEach().stream().map(TemplateVersion::published).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedTemplate> find(String id) {
        return versions.findFirstByTemplateIdOrderByVersionDesc(id).map(TemplateVersion::published);
    }

    /** The version messages are rendered from now. */
    public PublishedTemplate active(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("template", id));
    }

    @Transactional(readOnly = true)
    public PublishedTemplate version(String id, int version) {
        return versions.findByTemplateIdAndVersion(id, version).map(TemplateVersion::published)
                .orElseThrow(() -> new NotFoundException("version " + version + " of template", id));
    }

    @Transactional(readOnly = true)
    public List<PublishedTemplate> history(String id) {
        List<PublishedTemplate> all = versions.findByTemplateIdOrderByVersionDesc(id).stream().map(TemplateVersion::published).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("template", id);
        }
        return all;
    }

    /**
     * Checks a template without storing it: a known kind of id, the sandbox rules, the syntax, and a trial
     * rendering against the kind's sample model, which must assign a non-blank {@code subject} for a
     * message. Returns the trial rendering; every problem comes with its line and column.
     */
    public Rendered validate(String id, String source) {
        TemplateKind kind = kind(id);
        if (source == null || source.isBlank()) {
            throw new InvalidTemplateException(id, List.of(FieldProblem.of("source", "is empty")));
        }
        Template template = sandbox.validate(id, source);
        Rendered trial = sandbox.render(template, SampleModels.forTemplate(id, LocalDate.now(clock)));
        if (kind.needsSubject() && (trial.subject() == null || trial.subject().isBlank())) {
            throw new InvalidTemplateException(id, List.of(FieldProblem.of("source",
                    "a message template must assign its subject, e.g. <#assign subject = \"Your numbers for ${account.name}\">")));
        }
        return trial;
    }

    /**
     * Publishes a new version of template {@code id} (a new template when none has that id) once it passes
     * {@link #validate}. {@code basedOn}, when given, must be the current version (else 409).
     */
    @Transactional
    public PublishedTemplate publish(String id, String source, String author, String note, Integer basedOn) {
        validate(id, source);
        int current = versions.findFirstByTemplateIdOrderByVersionDesc(id).map(TemplateVersion::getVersion).orElse(0);
        if (basedOn != null && basedOn != current) {
            throw new ConflictException("Template " + id + " is at version " + current + ", not " + basedOn
                    + ": someone published in between; reload and apply your change again");
        }
        TemplateVersion saved = versions.save(new TemplateVersion(id, current + 1, source, clock.instant(), author, note));
        log.info("Template {} version {} published by {}", id, saved.getVersion(), author);
        return saved.published();
    }

    /** Renders a published version against a model (a record or map; see {@link ModelMaps}). */
    public Rendered render(PublishedTemplate template, Object model) {
        Template compiledTemplate = compiled.computeIfAbsent(template.id() + ":" + template.version(),
                key -> sandbox.validate(template.id(), template.source()));
        return sandbox.render(compiledTemplate, model);
    }

    /** Renders text that is not (yet) published, after the same checks as {@link #validate}. */
    public Rendered renderDraft(String id, String source, Object model) {
        validate(id, source);
        return sandbox.render(sandbox.validate(id, source), model);
    }

    /** The sample model of a template id: what validation renders against and a preview shows by default. */
    public Map<String, Object> sampleModel(String id) {
        kind(id);
        return SampleModels.forTemplate(id, LocalDate.now(clock));
    }

    private static TemplateKind kind(String id) {
        return TemplateKind.of(id).orElseThrow(() -> new InvalidTemplateException(String.valueOf(id), List.of(FieldProblem.of("id",
                "a template id is lower-case words separated by '/', starting with one of "
                        + Arrays.stream(TemplateKind.values()).map(TemplateKind::prefix).toList() + ", e.g. customer/save/check-in/D"))));
    }

    /** The shipped templates, id to source, in id order. */
    static Map<String, String> shipped() {
        try {
            Map<String, String> byId = new java.util.TreeMap<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + SHIPPED_ROOT + "**/*" + EXTENSION)) {
                String url = file.getURL().toString();
                String id = url.substring(url.lastIndexOf(SHIPPED_ROOT) + SHIPPED_ROOT.length(), url.length() - EXTENSION.length());
                byId.put(id, file.getContentAsString(StandardCharsets.UTF_8));
            }
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
