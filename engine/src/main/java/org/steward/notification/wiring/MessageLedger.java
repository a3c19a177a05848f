package org.steward.notification.wiring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every message Steward wrote on its own, by the key of what caused it ({@code message_ledger}).
 * {@link #once} writes the key and the message in one transaction of their own: a second attempt with the same key —
 * a job run again after a crash, the same job on another node — finds the key and writes nothing.
 */
@Component
class MessageLedger {

    /** What writing a message came to: the outbox message written, or why none was (a person can read it in the ledger). */
    record Written(Long outboxMessageId, String note) {

        static Written message(long id) {
            return new Written(id, null);
        }

        static Written skipped(String why) {
            return new Written(null, why.length() > 500 ? why.substring(0, 500) : why);
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    MessageLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs {@code write} unless a message with this key was written already; the key and what {@code write} stores
     * commit together or not at all (a failure rolls both back, so a later attempt tries again). Returns whether it ran.
     */
    boolean once(String key, String purpose, String recipient, Supplier<Written> write) {
        Boolean ran = ownTransaction.execute(status -> {
            int reserved = jdbc.update("INSERT IGNORE INTO message_ledger (dedup_key, purpose, recipient, created_at) VALUES (?, ?, ?, ?)",
                    key, purpose, recipient, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            if (reserved == 0) {
                return false;
            }
            Written written = write.get();
            jdbc.update("UPDATE message_ledger SET outbox_message_id = ?, note = ? WHERE dedup_key = ?",
                    written.outboxMessageId(), written.note(), key);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /** Of these keys, the ones written already. */
    Set<String> existing(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<String> found = named.queryForList("SELECT dedup_key FROM message_ledger WHERE dedup_key IN (:keys)",
                java.util.Map.of("keys", keys), String.class);
        return new HashSet<>(found);
    }

    /** When this recipient last got a message of this purpose, not counting the one of key {@code excluding}. */
    Optional<Instant> last(String purpose, String recipient, String excluding) {
        LocalDateTime at = jdbc.queryForObject("SELECT MAX(created_at) FROM message_ledger WHERE purpose = ? AND recipient = ?"
                + " AND dedup_key <> ?", LocalDateTime.class, purpose, recipient, excluding);
        return Optional.ofNullable(at).map(t -> t.toInstant(ZoneOffset.UTC));
    }
}
