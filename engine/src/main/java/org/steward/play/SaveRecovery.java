package org.steward.play;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recovery rule: a save play ends ("Account recovered") once its account has been green for
 * {@code steward.plays.save.recovery-days} days. Checked when an assessment arrives and by a daily job, since no
 * assessment need arrive on the day the period is over. Each play ends in its own transaction, with the assessment
 * that made the account green recorded as the reason.
 */
@Service
class SaveRecovery {

    private static final Logger log = LoggerFactory.getLogger(SaveRecovery.class);

    private final PlayRepository plays;
    private final AccountTiers tiers;
    private final SavePlays savePlays;
    private final SavePlayProperties properties;
    private final TransactionTemplate eachPlay;
    private final Clock clock;

    SaveRecovery(PlayRepository plays, AccountTiers tiers, SavePlays savePlays, SavePlayProperties properties,
                 PlatformTransactionManager transactions, Clock clock) {
        this.plays = plays;
        this.tiers = tiers;
        this.savePlays = savePlays;
        this.properties = properties;
        this.eachPlay = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Ends every active save play whose account has been green long enough; returns how many ended. */
    int run() {
        Instant now = clock.instant();
        List<String> accounts = eachPlay.execute(status -> plays.findByKindAndStatusOrderByStartedAt(PlayKind.SAVE.id(), PlayStatus.ACTIVE)
                .stream().map(Play::getAccountExternalId).distinct().toList());
        int ended = 0;
        for (int from = 0; from < accounts.size(); from += 500) {
            List<String> chunk = accounts.subList(from, Math.min(accounts.size(), from + 500));
            for (AccountTiers.AccountTier green : tiers.inTierSince("GREEN", recoveredBefore(now), chunk)) {
                try {
                    Boolean done = eachPlay.execute(status -> end(green, now));
                    ended += Boolean.TRUE.equals(done) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("Save play of {} could not be ended as recovered; the next check retries", green.accountExternalId(), e);
                }
            }
        }
        log.info("Recovery check: {} save play(s) ended", ended);
        return ended;
    }

    /** Ends the account's save play if the account has been green long enough (inside the caller's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    void checkAccount(String accountExternalId, Instant now) {
        tiers.find(accountExternalId).filter(t -> "GREEN".equals(t.tier()) && !t.since().isAfter(recoveredBefore(now)))
                .ifPresent(green -> end(green, now));
    }

    private boolean end(AccountTiers.AccountTier green, Instant now) {
        return plays.findFirstByAccountExternalIdAndKindAndStatus(green.accountExternalId(), PlayKind.SAVE.id(), PlayStatus.ACTIVE)
                .map(play -> {
                    savePlays.accountRecovered(play.getId());
                    play.endedBecause(green.assessmentId(), green.signals(), "Account recovered: green since " + green.since()
                            + " (assessment " + green.assessmentId() + "), " + properties.recoveryDays() + " day(s) required");
                    log.info("Save play {} of {} ended: account green since {}", play.getId(), green.accountExternalId(), green.since());
                    return true;
                }).orElse(false);
    }

    private Instant recoveredBefore(Instant now) {
        return now.minus(Duration.ofDays(properties.recoveryDays()));
    }
}
