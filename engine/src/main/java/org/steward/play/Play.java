package org.steward.play;

import java.math.BigDecimal;
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

    @Column(name = "playbook_id")
    private String playbookId;

    @Column(name = "playbook_version")
    private Integer playbookVersion;

    private String variant;

    @Column(name = "contact_external_id")
    private String contactExternalId;

    @Column(name = "start_tier")
    private String startTier;

    @Column(name = "start_assessment_id")
    private Long startAssessmentId;

    @Column(name = "start_signals")
    private String startSignals;

    @Column(name = "end_assessment_id")
    private Long endAssessmentId;

    @Column(name = "end_signals")
    private String endSignals;

    @Column(name = "new_arr")
    private BigDecimal newArr;

    private String stage;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_note")
    private String endNote;

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

    /** What the play started from: playbook version and variant, the contact, the tier, assessment and signals. */
    void startedFrom(String playbookId, Integer playbookVersion, String variant, String contactExternalId, String tier,
                     Long assessmentId, String signals) {
        this.playbookId = playbookId;
        this.playbookVersion = playbookVersion;
        this.variant = variant;
        this.contactExternalId = contactExternalId;
        this.startTier = tier;
        this.startAssessmentId = assessmentId;
        this.startSignals = truncate(signals);
    }

    /** Why orchestration ended the play: the assessment and signals behind it, and the reason in words. */
    void endedBecause(Long assessmentId, String signals, String reason) {
        this.endAssessmentId = assessmentId;
        this.endSignals = truncate(signals);
        this.endReason = truncate(reason);
    }

    void recordNewArr(BigDecimal newArr) {
        this.newArr = newArr;
    }

    /** The play reached a node that names where it stands now (BPMN meta data {@code stage}). */
    void enteredStage(String stage) {
        this.stage = stage;
    }

    /** A CS person closes the play by hand: who, and their note, recorded before the process ends. */
    void closedBy(String username, String note) {
        this.endedBy = username;
        this.endNote = note;
        this.endReason = truncate("Closed by " + username);
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
        this.stage = null;
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

    String getPlaybookId() {
        return playbookId;
    }

    Integer getPlaybookVersion() {
        return playbookVersion;
    }

    String getVariant() {
        return variant;
    }

    String getContactExternalId() {
        return contactExternalId;
    }

    String getStartTier() {
        return startTier;
    }

    Long getStartAssessmentId() {
        return startAssessmentId;
    }

    String getStartSignals() {
        return startSignals;
    }

    Long getEndAssessmentId() {
        return endAssessmentId;
    }

    String getEndSignals() {
        return endSignals;
    }

    BigDecimal getNewArr() {
        return newArr;
    }

    /** Where a running play stands (null once it ended, and for kinds that do not name their steps). */
    String getStage() {
        return stage;
    }

    String getEndedBy() {
        return endedBy;
    }

    String getEndNote() {
        return endNote;
    }
}
