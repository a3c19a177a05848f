package org.steward.play;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.account.AccountDirectory;
import org.steward.account.AccountDirectory.AccountTerms;
import org.steward.scoring.facts.SignalKind;

/**
 * Acts on an assessment, in a transaction of its own per account: starts the play the rules chose unless one of that
 * kind runs for the account or the kind is snoozed; tells a yellow save play that its account turned red; keeps
 * running renewal plays' assessment current; ends a save play whose account recovered. Handling the same assessment
 * twice changes nothing (a play records the assessment it started from), so the durable job that calls this may retry.
 * A playbook version no play can run with starts no play and is not retried: it would fail the same way each time.
 */
@Service
class PlayOrchestrator {

    private static final Logger log = LoggerFactory.getLogger(PlayOrchestrator.class);

    private final AccountTiers tiers;
    private final PlayRepository plays;
    private final Snoozes snoozes;
    private final AccountDirectory accounts;
    private final PlaybookTermsSource playbooks;
    private final SavePlays savePlays;
    private final OnboardingPlays onboardingPlays;
    private final RenewalPlays renewalPlays;
    private final ExpansionPlays expansionPlays;
    private final SaveRecovery recovery;
    private final Clock clock;

    PlayOrchestrator(AccountTiers tiers, PlayRepository plays, Snoozes snoozes, AccountDirectory accounts, PlaybookTermsSource playbooks,
                     SavePlays savePlays, OnboardingPlays onboardingPlays, RenewalPlays renewalPlays, ExpansionPlays expansionPlays,
                     SaveRecovery recovery, Clock clock) {
        this.tiers = tiers;
        this.plays = plays;
        this.snoozes = snoozes;
        this.accounts = accounts;
        this.playbooks = playbooks;
        this.savePlays = savePlays;
        this.onboardingPlays = onboardingPlays;
        this.renewalPlays = renewalPlays;
        this.expansionPlays = expansionPlays;
        this.recovery = recovery;
        this.clock = clock;
    }

    /** What handling an assessment did, for logs and tests. */
    enum Decision { STARTED, RUNNING_ALREADY, UPGRADED_TO_RED, SNOOZED, NO_PLAY, NO_ACCOUNT, HANDLED_ALREADY, STALE, IMPOSSIBLE_PLAYBOOK }

    @Transactional
    Decision handle(AssessmentNotice notice) {
        String account = notice.accountExternalId();
        Instant now = clock.instant();
        if (!tiers.track(notice, String.join(",", notice.codes(SignalKind.CHURN)), now)) {
            log.info("Assessment {} of {} is older than the one handled already: no action", notice.assessmentId(), account);
            return Decision.STALE;
        }
        plays.findFirstByAccountExternalIdAndKindAndStatus(account, PlayKind.RENEWAL.id(), PlayStatus.ACTIVE)
                .ifPresent(renewal -> renewalPlays.latestAssessment(renewal.getId(), notice.summary()));
        recovery.checkAccount(account, now);
        Optional<PlayKind> chosen = PlayKind.forPlaybook(notice.playbookId());
        if (chosen.isEmpty()) {
            return Decision.NO_PLAY;
        }
        PlayKind kind = chosen.get();
        Optional<Play> running = plays.findFirstByAccountExternalIdAndKindAndStatus(account, kind.id(), PlayStatus.ACTIVE);
        if (running.isPresent()) {
            return onRunning(notice, kind, running.get());
        }
        if (plays.existsByAccountExternalIdAndKindAndStartAssessmentId(account, kind.id(), notice.assessmentId())) {
            return Decision.HANDLED_ALREADY;
        }
        Optional<Snooze> snoozed = snoozes.active(account, kind, now);
        if (snoozed.isPresent()) {
            log.info("No {} play for {}: snoozed until {} by {} ({})", kind.id(), account, snoozed.get().getEndsAt(),
                    snoozed.get().getCreatedBy(), snoozed.get().getReason());
            return Decision.SNOOZED;
        }
        Optional<AccountTerms> found = accounts.find(account);
        if (found.isEmpty()) {
            log.warn("No {} play for {}: the account is unknown (assessment {})", kind.id(), account, notice.assessmentId());
            return Decision.NO_ACCOUNT;
        }
        String playId;
        try {
            playId = start(kind, found.get(), notice);
        } catch (ImpossiblePlaybookException e) {
            log.error("No {} play for {} from assessment {}: {}. Publish a corrected version of the playbook; this assessment is"
                    + " not retried", kind.id(), account, notice.assessmentId(), e.getMessage());
            return Decision.IMPOSSIBLE_PLAYBOOK;
        }
        log.info("Started {} play {} for {} from assessment {}: {}", kind.id(), playId, account, notice.assessmentId(), notice.reason());
        return Decision.STARTED;
    }

    /**
     * A play of the chosen kind runs already (a save play watching for recovery runs): no second one. A yellow save
     * play whose account is now red is upgraded: during its check-in the check-in stays and the team lead is alerted at
     * once; while it watches for recovery it gets the recovery plan a red play gets (once per play).
     */
    private Decision onRunning(AssessmentNotice notice, PlayKind kind, Play running) {
        if (kind == PlayKind.SAVE && "RED".equals(notice.tier()) && "YELLOW".equals(running.getStartTier())) {
            savePlays.accountTurnedRed(running.getId());
            log.info("Save play {} of {}: account turned red (assessment {}), team lead alerted", running.getId(),
                    notice.accountExternalId(), notice.assessmentId());
            return Decision.UPGRADED_TO_RED;
        }
        return Decision.RUNNING_ALREADY;
    }

    private String start(PlayKind kind, AccountTerms account, AssessmentNotice notice) {
        SignalKind relevant = kind == PlayKind.EXPANSION ? SignalKind.EXPANSION : SignalKind.CHURN;
        String talkingPoint = TalkingPoints.of(notice.signals(SignalKind.EXPANSION));
        PlaybookTerms terms = playbooks.current(kind, notice.playbookId(), notice.variant(), placeholders(account, notice, talkingPoint));
        PlayOrigin origin = new PlayOrigin(notice.assessmentId(), notice.codes(relevant), notice.contactExternalId(), terms);
        String reason = notice.reason() + " [assessment " + notice.assessmentId() + ", rule set v" + notice.ruleSetVersion() + "]";
        return switch (kind) {
            case SAVE -> savePlays.start(new SavePlayStart(account.externalId(), "RED".equals(notice.tier()) ? SaveTier.RED : SaveTier.YELLOW,
                    account.csmOwner(), account.teamLead(), reason), origin);
            case ONBOARDING -> onboardingPlays.start(account, reason, origin);
            case RENEWAL -> renewalPlays.start(account, reason, origin, notice.summary());
            case EXPANSION -> expansionPlays.start(account, reason, origin, talkingPoint);
        };
    }

    private Map<String, String> placeholders(AccountTerms account, AssessmentNotice notice, String talkingPoint) {
        Map<String, String> values = new HashMap<>();
        values.put("account", account.name());
        values.put("contact", accounts.contactName(account.externalId(), notice.contactExternalId()).orElse("the primary contact"));
        values.put("csm", account.csmOwner());
        values.put("teamLead", account.teamLead() == null ? "the team lead" : account.teamLead());
        values.put("renewalDate", String.valueOf(account.renewalDate()));
        values.put("contractStart", String.valueOf(account.contractStart()));
        values.put("arr", account.arr() == null ? "" : account.arr().stripTrailingZeros().toPlainString());
        values.put("tier", notice.tier());
        values.put("score", Integer.toString(notice.score()));
        List<AssessmentNotice.SignalNote> churn = notice.signals(SignalKind.CHURN);
        values.put("signals", churn.isEmpty() ? "no churn signal" : String.join("; ", churn.stream().map(AssessmentNotice.SignalNote::summary).toList()));
        values.put("talkingPoint", talkingPoint);
        return values;
    }
}
