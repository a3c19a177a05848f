package org.steward.notification.wiring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What Steward writes on its own ({@code steward.messages.*}): task notices (each kind on or off; the SLA warning's
 * lead time on the business calendar and how often open tasks are checked), customer drafts when a play starts, and
 * the digests (local times in {@code steward.calendar.zone}). {@code task-link} turns a task id into a link, e.g.
 * {@code https://steward.example.com/tasks/{taskId}}; without it notices carry no link.
 */
@ConfigurationProperties("steward.messages")
public record MessageProperties(@DefaultValue Notices notices, @DefaultValue PlayDrafts playDrafts, @DefaultValue Digests digests,
                                String taskLink) {

    /** The default customer step per play kind ({@code kind}) or per play kind and task ({@code kind.task}). */
    static final Map<String, String> DEFAULT_STEPS = Map.of(
            "save.csm-check-in", "save/check-in",
            "save.recovery-plan", "save/recovery-plan",
            "renewal", "renewal/success-review",
            "expansion", "expansion/conversation");

    public record Notices(@DefaultValue("true") boolean taskAssigned, @DefaultValue("true") boolean slaLapsing,
                          @DefaultValue("true") boolean escalated, @DefaultValue("4bh") String slaLeadTime,
                          @DefaultValue("PT1M") Duration slaSweepInterval) {
    }

    /**
     * Customer drafts when a play starts. {@code steps} adds to or overrides {@link #DEFAULT_STEPS}; an empty value
     * means "no draft". {@code usageDays}: the length of the two usage periods a draft compares.
     */
    public record PlayDrafts(@DefaultValue("true") boolean enabled, @DefaultValue("28") int usageDays, Map<String, String> steps) {

        public PlayDrafts {
            if (usageDays < 1 || usageDays > 180) {
                throw new IllegalArgumentException("steward.messages.play-drafts.usage-days must be 1 to 180, not " + usageDays);
            }
            Map<String, String> all = new LinkedHashMap<>(DEFAULT_STEPS);
            if (steps != null) {
                all.putAll(steps);
            }
            steps = Map.copyOf(all);
        }
    }

    /** The CSM's daily digest (on working days only, unless told otherwise) and the team lead's weekly one. */
    public record Digests(@DefaultValue("true") boolean csmDaily, @DefaultValue("07:30") LocalTime csmAt,
                          @DefaultValue("true") boolean csmWorkingDaysOnly, @DefaultValue("true") boolean teamLeadWeekly,
                          @DefaultValue("MONDAY") DayOfWeek teamLeadDay, @DefaultValue("08:00") LocalTime teamLeadAt) {
    }

    /** The link of a task, or null when {@code task-link} is not set. */
    public String linkOf(String taskId) {
        return taskLink == null || taskLink.isBlank() || taskId == null ? null : taskLink.replace("{taskId}", taskId);
    }
}
