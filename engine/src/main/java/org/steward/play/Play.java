package org.steward.play;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The history of one play: which process, for which account, when and why it started and ended. */
@Entity
@Table(name = "play")
class Play {

    @Id
    private String id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "account_external_id")
    private String accountExternalId;

    @Column(name = "csm_owner")
    private String csmOwner;

    @Column(name = "team_lead")
    private String teamLead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlayStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "start_reason")
    private String startReason;

    @Column(name = "end_reason")
    private String endReason;

    private String outcome;

    protected Play() {
    }

    Play(String id, String kind, String accountExternalId, String csmOwner, String teamLead, String startReason, Instant startedAt) {
        this.id = id;
        this.kind = kind;
        this.accountExternalId = accountExternalId;
        this.csmOwner = csmOwner;
        this.teamLead = teamLead;
        this.startReason = truncate(startReason);
        this.startedAt = startedAt;
        this.status = PlayStatus.ACTIVE;
    }

    /** The terminate end event the play reached; its name says why the play ends. */
    void reachedEnd(String reason) {
        if (endReason == null) {
            endReason = truncate(reason);
        }
    }

    void end(PlayStatus status, String outcome, Instant at) {
        this.status = status;
        this.outcome = outcome;
        this.endedAt = at;
        if (endReason == null) {
            endReason = status == PlayStatus.CANCELLED ? "Cancelled" : "Ended";
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    String getId() {
        return id;
    }

    String getKind() {
        return kind;
    }

    String getAccountExternalId() {
        return accountExternalId;
    }

    String getCsmOwner() {
        return csmOwner;
    }

    String getTeamLead() {
        return teamLead;
    }

    PlayStatus getStatus() {
        return status;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    String getStartReason() {
        return startReason;
    }

    String getEndReason() {
        return endReason;
    }

    String getOutcome() {
        return outcome;
    }
}
