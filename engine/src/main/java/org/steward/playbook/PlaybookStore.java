package org.steward.playbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.kie.kogito.process.Processes;
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
 * Playbooks live in the database, versioned: the files under {@code playbooks/} seed version 1 of each
 * playbook the first time Steward sees it (and later versions when a release ships a changed file, see
 * {@link ShippedContent}); CS ops publish later versions. The newest version applies to
 * plays started from then on; a running play keeps the version it started with.
 */
@Service
public class PlaybookStore {

    private static final Logger log = LoggerFactory.getLogger(PlaybookStore.class);
    static final String SHIPPED = "classpath*:steward/playbooks/*.y*ml";

    private final PlaybookVersionRepository versions;
    private final PlaybookReader reader;
    private final Clock clock;
    private final TransactionOperations newTransaction;
    /** Published versions never change, so each is read once. */
    private final java.util.Map<String, Playbook> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    PlaybookStore(PlaybookVersionRepository versions, Processes processes, PlaybookValues values, Clock clock,
                  PlatformTransactionManager transactions) {
        this.versions = versions;
        this.newTransaction = ShippedContent.newTransaction(transactions);
        this.reader = new PlaybookReader(java.util.Set.copyOf(processes.processIds()), values);
        this.clock = clock;
    }

    /**
     * Brings every shipped playbook in (see {@link ShippedContent}): version 1 of one not stored yet, a new
     * version when the shipped file changed and nobody has published over it. A shipped file that is
     * invalid stops start-up.
     */
    public void seedShipped() {
        for (Resource file : shippedFiles()) {
            String text = read(file);
            Playbook playbook = reader.read("playbooks/" + file.getFilename(), text);
            ShippedContent.Outcome outcome = ShippedContent.bringIn(newTransaction,
                    () -> versions.findFirstByPlaybookIdOrderByVersionDesc(playbook.id()), text,
                    (version, note) -> versions.saveAndFlush(new PlaybookVersion(playbook.id(), version, text, clock.instant(),
                            ShippedContent.PUBLISHER, note)));
            switch (outcome) {
                case SEEDED, UPGRADED -> log.info("Playbook {} {} from playbooks/{}", playbook.id(),
                        outcome == ShippedContent.Outcome.SEEDED ? "seeded" : "updated", file.getFilename());
                case KEPT_AUTHORED -> log.warn("Playbook {}: the shipped playbooks/{} differs from the version CS ops published;"
                        + " the published version stays", playbook.id(), file.getFilename());
                default -> { }
            }
        }
    }

    /** The newest version of every playbook. */
    @Transactional(readOnly = true)
    public List<PublishedPlaybook> all() {
        return versions.findLatestOfEach().stream().map(this::published).toList();
    }

    /** The version new plays of this playbook start with. */
    @Transactional(readOnly = true)
    public PublishedPlaybook active(String id) {
        return versions.findFirstByPlaybookIdOrderByVersionDesc(id).map(this::published)
                .orElseThrow(() -> new NotFoundException("playbook", id));
    }

    /** The version new plays of this playbook start with, if a playbook of that id is published. */
    @Transactional(readOnly = true)
    public java.util.Optional<PublishedPlaybook> find(String id) {
        return versions.findFirstByPlaybookIdOrderByVersionDesc(id).map(this::published);
    }

    /** A given version, e.g. the one a running play started with. */
    @Transactional(readOnly = true)
    public PublishedPlaybook version(String id, int version) {
        return versions.findByPlaybookIdAndVersion(id, version).map(this::published)
                .orElseThrow(() -> new NotFoundException("version " + version + " of playbook", id));
    }

    @Transactional(readOnly = true)
    public List<PublishedPlaybook> history(String id) {
        List<PublishedPlaybook> all = versions.findByPlaybookIdOrderByVersionDesc(id).stream().map(this::published).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("playbook", id);
        }
        return all;
    }

    /** Checks a playbook without storing it. */
    public Playbook validate(String file, String text) {
        return reader.read(file, text);
    }

    /**
     * Publishes a new version of playbook {@code id} (a new playbook when none has that id). Nothing is
     * stored unless the whole text is valid. {@code basedOn}, when given, must be the current version, so
     * two authors do not overwrite each other (409).
     */
    @Transactional
    public PublishedPlaybook publish(String id, String text, String author, String note, Integer basedOn) {
        Playbook playbook = reader.read(id + ".yaml", text);
        if (!playbook.id().equals(id)) {
            throw new InvalidPlaybookException(id + ".yaml", List.of(FieldProblem.of("/id",
                    "is '" + playbook.id() + "' but the playbook being published is '" + id + "'")));
        }
        int current = versions.findFirstByPlaybookIdOrderByVersionDesc(id).map(PlaybookVersion::getVersion).orElse(0);
        if (basedOn != null && basedOn != current) {
            throw new ConflictException("Playbook " + id + " is at version " + current + ", not " + basedOn
                    + ": someone published in between; reload and apply your change again");
        }
        PlaybookVersion saved = versions.save(new PlaybookVersion(id, current + 1, text, clock.instant(), author, note));
        log.info("Playbook {} version {} published by {}", id, saved.getVersion(), author);
        return published(saved);
    }

    private PublishedPlaybook published(PlaybookVersion v) {
        Playbook playbook = parsed.computeIfAbsent(v.getPlaybookId() + ":" + v.getVersion(),
                key -> reader.readStored(v.getPlaybookId() + " v" + v.getVersion(), v.getSource()));
        return new PublishedPlaybook(playbook, v.getVersion(), v.getPublishedAt(), v.getPublishedBy(), v.getNote(), v.getSource());
    }

    private static List<Resource> shippedFiles() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SHIPPED))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
