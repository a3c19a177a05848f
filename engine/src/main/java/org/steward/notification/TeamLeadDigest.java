package org.steward.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The model of the weekly team-lead digest ({@code digest/team-lead/weekly}): the team's SLA compliance
 * over the week, open escalations and the workload of each CSM.
 */
public record TeamLeadDigest(String teamLead, LocalDate weekStart, LocalDate weekEnd, SlaCompliance sla,
                             List<Escalation> openEscalations, List<Workload> workload) {

    public TeamLeadDigest {
        openEscalations = List.copyOf(openEscalations);
        workload = List.copyOf(workload);
    }

    /** Tasks closed in the week within their SLA and after it; {@code percent} on time (null when none closed). */
    public record SlaCompliance(int onTime, int late, Integer percent) {

        public static SlaCompliance of(int onTime, int late) {
            int total = onTime + late;
            return new SlaCompliance(onTime, late, total == 0 ? null : Math.round(onTime * 100f / total));
        }
    }

    public record Escalation(String taskId, String title, String accountName, String csm, Instant escalatedAt, String lateBy, String reason, String link) {
    }

    /** One CSM's open work. */
    public record Workload(String csm, int open, int overdue, int dueThisWeek, int escalated) {
    }
}
