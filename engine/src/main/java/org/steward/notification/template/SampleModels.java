package org.steward.notification.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.steward.account.Disc;
import org.steward.notification.CsmDigest;
import org.steward.notification.CustomerAccount;
import org.steward.notification.CustomerContact;
import org.steward.notification.CustomerMessage;
import org.steward.notification.Measure;
import org.steward.notification.QbrModel;
import org.steward.notification.Signal;
import org.steward.notification.TalkingPoints;
import org.steward.notification.TaskNotice;
import org.steward.notification.TeamLeadDigest;

/**
 * A realistic model for each kind of template: what a template is checked against when it is validated,
 * and what a preview shows when no model is given. It also documents the variables each kind can use.
 */
public final class SampleModels {

    private SampleModels() {
    }

    /** The sample model of the template with this id (an expansion step gets an expansion signal, others a churn signal). */
    public static Map<String, Object> forTemplate(String templateId, LocalDate today) {
        TemplateKind kind = TemplateKind.of(templateId).orElseThrow(() -> new IllegalArgumentException("Unknown template kind: " + templateId));
        Sender csm = new Sender("sam.rivera", "Sam Rivera", "sam.rivera@steward.example");
        return switch (kind) {
            case CUSTOMER -> ModelMaps.of(customer(templateId, csm, today));
            case NOTICE -> ModelMaps.with(notice(today), Map.of("recipient", csm, "today", today));
            case CSM_DIGEST -> ModelMaps.with(csmDigest(today), Map.of("recipient", csm, "today", today));
            case TEAM_LEAD_DIGEST -> ModelMaps.with(teamLeadDigest(today),
                    Map.of("recipient", new Sender("alex.kim", "Alex Kim", "alex.kim@steward.example"), "today", today));
            case QBR -> {
                QbrModel qbr = qbr(today);
                yield ModelMaps.with(qbr, Map.of("points", TalkingPoints.choose(qbr), "csm", csm, "today", today));
            }
        };
    }

    static CustomerAccount account(LocalDate today) {
        return new CustomerAccount("ACME-0042", "Northwind Logistics", "Business", "sam.rivera", today.plusDays(85), 50);
    }

    static CustomerContact contact() {
        return new CustomerContact("Dana Whitfield", "dana.whitfield@northwind.example", "VP Operations", Disc.D);
    }

    static CustomerTemplateModel customer(String templateId, Sender csm, LocalDate today) {
        Signal churn = new Signal("usage-drop", "churn", "Weekly active users down 35 % in 30 days", List.of(
                Measure.of("weekly active users", 48, 31, "", "over the last 30 days"),
                Measure.of("logins per active user", 9.2, 5.1, "", "per week")));
        Signal expansion = new Signal("seat-utilisation", "expansion", "Seat utilisation above 80 % for three months", List.of(
                Measure.now("seat utilisation", 92, "%", "in each of the last three months"),
                Measure.of("seats in use", 41, 46, "", "since January")));
        Signal tickets = new Signal("ticket-spike", "churn", "Three high-priority tickets open", List.of(
                Measure.of("open high-priority tickets", 0, 3, "", "this month")));
        boolean expanding = templateId.contains("/expansion/");
        CustomerMessage message = new CustomerMessage(expanding ? expansion : churn, expanding ? List.of() : List.of(tickets),
                List.of(Measure.of("shipments tracked", 12400, 17360, "", "this quarter"),
                        Measure.of("average time to dispatch", 26, 19, "hours", "since onboarding")),
                Map.of("meetingMinutes", 20));
        return CustomerTemplateModel.of(account(today), contact(), csm, message, today);
    }

    static TaskNotice notice(LocalDate today) {
        Instant due = today.plusDays(2).atTime(15, 30).toInstant(ZoneOffset.UTC);
        return new TaskNotice("T-1187", "15-minute results check with Dana Whitfield at Northwind Logistics", "Northwind Logistics",
                "ACME-0042", "save", due, "4 business hours", "1 business day", "check-in SLA lapsed", "Jordan Lee", "/tasks/T-1187");
    }

    static CsmDigest csmDigest(LocalDate today) {
        Instant morning = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
        return new CsmDigest("sam.rivera", today,
                List.of(new CsmDigest.Task("T-1187", "Check in with Northwind Logistics about their recent usage", "Northwind Logistics",
                        "ACME-0042", morning.minusSeconds(2 * 86400), "2 business days", "/tasks/T-1187")),
                List.of(new CsmDigest.Task("T-1201", "Success review with Contoso Freight", "Contoso Freight", "ACME-0077",
                        morning.plusSeconds(86400), null, "/tasks/T-1201")),
                List.of(new CsmDigest.NewSignal("Fabrikam Retail", "ACME-0103", "GREEN", new Signal("api-near-limit", "expansion",
                        "API usage near the plan limit", List.of(Measure.now("API calls", 87, "% of the plan limit", "this month"))))));
    }

    static TeamLeadDigest teamLeadDigest(LocalDate today) {
        Instant escalated = today.minusDays(1).atTime(17, 0).toInstant(ZoneOffset.UTC);
        return new TeamLeadDigest("alex.kim", today.minusDays(7), today.minusDays(1), TeamLeadDigest.SlaCompliance.of(17, 3),
                List.of(new TeamLeadDigest.Escalation("T-1187", "Check in with Northwind Logistics", "Northwind Logistics", "sam.rivera",
                        escalated, "1 business day", "check-in SLA lapsed", "/tasks/T-1187")),
                List.of(new TeamLeadDigest.Workload("sam.rivera", 14, 2, 5, 1), new TeamLeadDigest.Workload("jordan.lee", 9, 0, 3, 0)));
    }

    static QbrModel qbr(LocalDate today) {
        return new QbrModel(account(today), contact(), today,
                List.of(new QbrModel.UsagePoint("2026-01", 48, 44, 52), new QbrModel.UsagePoint("2026-02", 41, 45, 61),
                        new QbrModel.UsagePoint("2026-03", 31, 46, 84)),
                List.of(new QbrModel.HealthPoint(today.minusDays(90), 74, "GREEN"), new QbrModel.HealthPoint(today.minusDays(45), 61, "YELLOW"),
                        new QbrModel.HealthPoint(today, 52, "YELLOW")),
                List.of(new Signal("usage-drop", "churn", "Weekly active users down 35 % in 30 days",
                        List.of(Measure.of("weekly active users", 48, 31, "", "over the last 30 days")))),
                new QbrModel.Tickets(4, 1, 9, 3),
                List.of(new QbrModel.NpsResponse(today.minusDays(120), 8, "Dana Whitfield", null),
                        new QbrModel.NpsResponse(today.minusDays(20), 6, "Dana Whitfield", "Reporting is slow since the last release")));
    }
}
