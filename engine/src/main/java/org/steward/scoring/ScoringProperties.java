package org.steward.scoring;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Scoring ({@code steward.scoring.*}).
 *
 * @param chunkSize       accounts read, scored and written together (one transaction per chunk)
 * @param threads         threads that evaluate rules in a whole-book run; 0 = one per core
 * @param maxRunFailures  failures a run keeps with account, rule and message (all are counted)
 * @param dailyRun        the whole-book run every day
 * @param single          re-scoring the accounts whose facts changed
 * @param ruleLimits      how long and how much memory one account's evaluation by the rules may take
 */
@ConfigurationProperties("steward.scoring")
public record ScoringProperties(
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("0") int threads,
        @DefaultValue("100") int maxRunFailures,
        @DefaultValue DailyRun dailyRun,
        @DefaultValue Single single,
        @DefaultValue RuleLimitSettings ruleLimits) {

    /** Threads for rules in a run. */
    public int scoringThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * @param enabled whether Steward scores the whole book every day (one node runs it)
     * @param time    when, in {@code zone}
     * @param zone    the time zone of {@code time}
     */
    public record DailyRun(@DefaultValue("true") boolean enabled, @DefaultValue("02:00") LocalTime time,
                           @DefaultValue("UTC") ZoneId zone) {
    }

    /**
     * @param time   an account whose evaluation takes longer fails with the reason (the rules are stopped)
     * @param memory an account whose evaluation allocates more fails with the reason
     */
    public record RuleLimitSettings(@DefaultValue("PT0.3S") Duration time, @DefaultValue("64MB") DataSize memory) {

        public RuleLimits limits() {
            return new RuleLimits(time, memory.toBytes());
        }
    }

    /**
     * @param enabled       whether accounts are re-scored when their facts change
     * @param delay         how long changes are gathered before the accounts are scored (a burst of batches
     *                      scores each account once)
     * @param queueCapacity most accounts waiting to be scored; beyond it changes are left to the daily run
     */
    public record Single(@DefaultValue("true") boolean enabled, @DefaultValue("PT0.5S") Duration delay,
                         @DefaultValue("10000") int queueCapacity) {
    }
}
