package org.steward.playbook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.steward.system.calendar.BusinessDuration;

/**
 * Bounds on the values of a playbook ({@code steward.playbooks.*}). {@code maxDuration}: the longest a task's
 * {@code sla} or {@code escalateAfter} may be, as elapsed time (business time is measured on the working calendar);
 * a year and a day by default, at most {@link BusinessDuration#LONGEST}.
 */
@ConfigurationProperties("steward.playbooks")
public record PlaybookLimits(@DefaultValue("P366D") Duration maxDuration) {

    public PlaybookLimits {
        if (maxDuration == null || maxDuration.isNegative() || maxDuration.isZero() || maxDuration.compareTo(BusinessDuration.LONGEST) > 0) {
            throw new IllegalArgumentException("steward.playbooks.max-duration must be longer than zero and at most "
                    + BusinessDuration.LONGEST + ", not " + maxDuration);
        }
    }
}
