package org.steward.play;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLAs of the save play ({@code steward.plays.save.*}), as business durations ({@code 5bd}) or ISO durations
 * ({@code PT2S}). Each task escalates to the team lead when its SLA lapses and to the CS directors when its director
 * SLA lapses; both are counted from the moment the task is created.
 */
@ConfigurationProperties("steward.plays.save")
public record SavePlayProperties(
        @DefaultValue("5bd") String checkInSla,
        @DefaultValue("8bd") String checkInDirectorSla,
        @DefaultValue("10bd") String recoveryPlanSla,
        @DefaultValue("13bd") String recoveryPlanDirectorSla) {
}
