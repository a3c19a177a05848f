package org.steward.notification.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox ({@code steward.outbox.*}): the From address, how often the sender looks for work, how long
 * a claimed message stays reserved for the attempt that claimed it ({@code lease}, well above the SMTP
 * timeouts), and the retry schedule: the wait doubles from {@code first-retry} up to {@code longest-retry};
 * after {@code max-attempts} a message stays FAILED for a person to look at.
 */
@ConfigurationProperties("steward.outbox")
public record OutboxProperties(
        @DefaultValue("steward@localhost") String from,
        @DefaultValue("Steward") String fromName,
        String messageIdDomain,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestRetry,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("20") int batchSize) {

    /** The domain of Message-ID headers: {@code message-id-domain}, else the domain of {@code from}. */
    public String idDomain() {
        if (messageIdDomain != null && !messageIdDomain.isBlank()) {
            return messageIdDomain;
        }
        int at = from.lastIndexOf('@');
        return at >= 0 && at < from.length() - 1 ? from.substring(at + 1) : "steward.local";
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    public Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
