package org.steward.notification.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.steward.notification.MessageState;

/**
 * The outbox table. Every change of state that can race — with the sender on this or another node, or with
 * a person — is one conditional UPDATE whose row count says whether it happened.
 */
interface MessageRepository extends JpaRepository<Message, Long>, JpaSpecificationExecutor<Message> {

    String DUE = "(m.state = org.steward.notification.MessageState.APPROVED"
            + " OR (m.state = org.steward.notification.MessageState.FAILED AND m.nextAttemptAt <= :now))";

    @Query("SELECT m.id FROM Message m WHERE " + DUE + " ORDER BY m.id")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    /** Reserves a due message for one attempt: SENDING, with a lease and the attempt's id. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Message m SET m.state = org.steward.notification.MessageState.SENDING, m.leaseUntil = :lease, m.attemptId = :attempt,"
            + " m.attempts = m.attempts + 1, m.nextAttemptAt = NULL, m.updatedAt = :now, m.rowVersion = m.rowVersion + 1"
            + " WHERE m.id = :id AND " + DUE)
    int claim(@Param("id") long id, @Param("attempt") String attempt, @Param("lease") Instant lease, @Param("now") Instant now);

    /**
     * The SMTP server accepted the message of this attempt. Also from FAILED: an attempt that outlived its
     * lease was marked "delivery unknown" meanwhile, and it now knows better.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Message m SET m.state = org.steward.notification.MessageState.SENT, m.sentAt = :now, m.leaseUntil = NULL,"
            + " m.nextAttemptAt = NULL, m.deliveryUnknown = false, m.updatedAt = :now, m.rowVersion = m.rowVersion + 1"
            + " WHERE m.id = :id AND m.attemptId = :attempt AND m.state IN (org.steward.notification.MessageState.SENDING,"
            + " org.steward.notification.MessageState.FAILED)")
    int markSent(@Param("id") long id, @Param("attempt") String attempt, @Param("now") Instant now);

    /** This attempt failed: retried at {@code next} (null: not retried), {@code unknown} when the server may have it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Message m SET m.state = org.steward.notification.MessageState.FAILED, m.nextAttemptAt = :next, m.lastError = :error,"
            + " m.deliveryUnknown = :unknown, m.leaseUntil = NULL, m.updatedAt = :now, m.rowVersion = m.rowVersion + 1"
            + " WHERE m.id = :id AND m.attemptId = :attempt AND m.state = org.steward.notification.MessageState.SENDING")
    int markFailed(@Param("id") long id, @Param("attempt") String attempt, @Param("next") Instant next, @Param("error") String error,
                   @Param("unknown") boolean unknown, @Param("now") Instant now);

    /**
     * Messages whose attempt did not report back before its lease ran out (the node died, most likely between
     * handing the message to SMTP and recording it): FAILED, delivery unknown, not retried automatically.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Message m SET m.state = org.steward.notification.MessageState.FAILED, m.nextAttemptAt = NULL, m.deliveryUnknown = true,"
            + " m.lastError = :error, m.updatedAt = :now, m.rowVersion = m.rowVersion + 1"
            + " WHERE m.state = org.steward.notification.MessageState.SENDING AND m.leaseUntil < :now")
    int expireLeases(@Param("error") String error, @Param("now") Instant now);

    /** A person approves a draft, or asks again for a failed message that is no longer retried. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Message m SET m.state = org.steward.notification.MessageState.APPROVED, m.approvedAt = :now, m.approvedBy = :by,"
            + " m.nextAttemptAt = NULL, m.deliveryUnknown = false, m.updatedAt = :now, m.rowVersion = m.rowVersion + 1"
            + " WHERE m.id = :id AND (m.state = org.steward.notification.MessageState.DRAFTED"
            + " OR (m.state = org.steward.notification.MessageState.FAILED AND m.nextAttemptAt IS NULL AND m.recipient IS NOT NULL))")
    int approve(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Message m SET m.state = org.steward.notification.MessageState.DISCARDED, m.nextAttemptAt = NULL, m.updatedAt = :now,"
            + " m.editedBy = :by, m.rowVersion = m.rowVersion + 1 WHERE m.id = :id AND m.state IN (org.steward.notification.MessageState.DRAFTED,"
            + " org.steward.notification.MessageState.APPROVED, org.steward.notification.MessageState.FAILED)")
    int discard(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    long countByState(MessageState state);
}
