package org.steward.play;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The onboarding play ({@code steward.plays.onboarding.*}): the day after the contract start of the activation check
 * ({@code activationCheckDay}, default 14), and the share of purchased seats in use below which the account counts as
 * off trajectory then ({@code activationSeatUtilisation}, default 0.25). The milestones' days are the onboarding
 * playbook's SLAs (kickoff P7D, first value P30D up to P45D, deepening P90D, counted from the contract start).
 */
@ConfigurationProperties("steward.plays.onboarding")
public record OnboardingPlayProperties(
        @DefaultValue("14") int activationCheckDay,
        @DefaultValue("0.25") double activationSeatUtilisation) {

    public OnboardingPlayProperties {
        if (activationCheckDay < 0) {
            throw new IllegalArgumentException("steward.plays.onboarding.activation-check-day must be 0 or more");
        }
        if (activationSeatUtilisation < 0 || activationSeatUtilisation > 1) {
            throw new IllegalArgumentException("steward.plays.onboarding.activation-seat-utilisation must be between 0 and 1");
        }
    }
}
