package org.steward.play;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The save play ({@code steward.plays.save.*}). SLAs, as business durations ({@code 5bd}) or ISO durations
 * ({@code PT2S}), apply when a play starts without a playbook (a published save playbook's SLAs win). Each task
 * escalates to the team lead when its SLA lapses and to the CS directors when its director SLA lapses; both are
 * counted from the moment the task is created. {@code recoveryDays}: how many days an account must have been green
 * before its save play ends as recovered (0: at the first green assessment); {@code recoveryCheckAt}: the time of day
 * (in the business calendar's zone) of the daily check that ends such plays.
 */
@ConfigurationProperties("steward.plays.save")
public record SavePlayProperties(
        @DefaultValue("5bd") String checkInSla,
        @DefaultValue("8bd") String checkInDirectorSla,
        @DefaultValue("10bd") String recoveryPlanSla,
        @DefaultValue("13bd") String recoveryPlanDirectorSla,
        @DefaultValue("7") int recoveryDays,
        @DefaultValue("02:00") java.time.LocalTime recoveryCheckAt) {

    public SavePlayProperties {
        if (recoveryDays < 0) {
            throw new IllegalArgumentException("steward.plays.save.recovery-days must be 0 or more");
        }
    }
}
