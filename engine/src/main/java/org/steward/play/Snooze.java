package org.steward.play;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of play held back for an account until {@code endsAt}, with the reason; cancelled early or not. */
@Entity
@Table(name = "play_snooze")
class Snooze {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_external_id", nullable = false)
    private String accountExternalId;

    @Column(name = "play_kind", nullable = false)
    private String playKind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    protected Snooze() {
    }

    Snooze(String accountExternalId, PlayKind kind, Instant startsAt, Instant endsAt, String reason, String createdBy) {
        this.accountExternalId = accountExternalId;
        this.playKind = kind.id();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.createdBy = createdBy;
    }

    boolean isActive(Instant now) {
        return cancelledAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    void cancel(String by, Instant at) {
        cancelledAt = at;
        cancelledBy = by;
    }

    Long getId() {
        return id;
    }

    String getAccountExternalId() {
        return accountExternalId;
    }

    String getPlayKind() {
        return playKind;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    String getReason() {
        return reason;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCancelledAt() {
        return cancelledAt;
    }

    String getCancelledBy() {
        return cancelledBy;
    }
}
