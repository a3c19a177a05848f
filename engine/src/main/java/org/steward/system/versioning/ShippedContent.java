package org.steward.system.versioning;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings one shipped file (a playbook, a template) into its versioned store at start-up:
 * <ul>
 *   <li>not stored yet: version 1 is the shipped text;</li>
 *   <li>the newest version was itself shipped ({@value #PUBLISHER} published it) and the shipped text has
 *       changed since: the new text becomes the next version, so an upgrade of Steward brings its fixes;</li>
 *   <li>the newest version was published by a person: it stays, whatever was shipped — CS ops' work is
 *       never overwritten.</li>
 * </ul>
 * Each file is written in a transaction of its own. Two nodes starting on the same database at once may
 * both try to write the same version; the store's unique (id, version) key lets one win and the other
 * reports {@link Outcome#WRITTEN_ELSEWHERE}.
 */
public final class ShippedContent {

    /** Who the store names as publisher of shipped versions. */
    public static final String PUBLISHER = "steward";

    public enum Outcome { SEEDED, UPGRADED, UNCHANGED, KEPT_AUTHORED, WRITTEN_ELSEWHERE }

    /** Writes one version of the shipped text; must flush, so a clash on the unique key shows here. */
    @FunctionalInterface
    public interface VersionWriter {
        void write(int version, String note);
    }

    private ShippedContent() {
    }

    /** The transactions {@link #bringIn} wants: a new one for each file, apart from the caller's. */
    public static TransactionOperations newTransaction(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    public static Outcome bringIn(TransactionOperations newTransaction, Supplier<Optional<? extends PublishedVersion>> newest,
                                  String shippedText, VersionWriter writer) {
        try {
            return newTransaction.execute(status -> {
                PublishedVersion stored = newest.get().orElse(null);
                if (stored == null) {
                    writer.write(1, "shipped with Steward");
                    return Outcome.SEEDED;
                }
                if (stored.getSource().equals(shippedText)) {
                    return Outcome.UNCHANGED;
                }
                if (!PUBLISHER.equals(stored.getPublishedBy())) {
                    return Outcome.KEPT_AUTHORED;
                }
                writer.write(stored.getVersion() + 1, "updated with Steward (replaces shipped version " + stored.getVersion() + ")");
                return Outcome.UPGRADED;
            });
        } catch (DataIntegrityViolationException e) {
            return Outcome.WRITTEN_ELSEWHERE;
        }
    }
}
