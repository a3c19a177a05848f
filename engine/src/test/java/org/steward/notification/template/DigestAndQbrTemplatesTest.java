package org.steward.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.steward.account.Disc;
import org.steward.notification.CsmDigest;
import org.steward.notification.CustomerAccount;
import org.steward.notification.CustomerContact;
import org.steward.notification.Measure;
import org.steward.notification.QbrModel;
import org.steward.notification.Signal;
import org.steward.notification.TalkingPoints;
import org.steward.notification.TeamLeadDigest;

/** The digests and the QBR draft rendered from hand-built models, as the shipped templates write them. */
class DigestAndQbrTemplatesTest {

    private static final TemplateSandbox sandbox = new TemplateSandbox();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final Sender CSM = new Sender("t-csm", "Robin Vale", "robin@steward.example");

    @AfterAll
    static void close() {
        sandbox.close();
    }

    @Test
    void shouldListExactlyTheCsmsOverdueAndDueTasksAndNewSignals() {
        CsmDigest digest = new CsmDigest("t-csm", TODAY,
                List.of(task("T-1", "Recovery plan for Globex", "Globex", Instant.parse("2026-03-12T09:00:00Z"), "2 business days")),
                List.of(task("T-2", "Success review with Initech", "Initech", Instant.parse("2026-03-17T14:00:00Z"), null),
                        task("T-3", "Kickoff with Umbrella", "Umbrella", Instant.parse("2026-03-18T10:00:00Z"), null)),
                List.of(new CsmDigest.NewSignal("Hooli", "H-1", "GREEN", new Signal("api", "expansion", "API usage near the plan limit",
                        List.of(Measure.now("API calls", 91, "% of the plan limit", "this month"))))));
        Rendered rendered = render("digest/csm/daily", ModelMaps.with(digest, Map.of("recipient", CSM, "today", TODAY)));
        assertThat(rendered.subject()).isEqualTo("Your day, 16 March 2026: 1 overdue, 2 due, 1 new signal");
        assertThat(rendered.html()).contains("Good morning Robin Vale")
                .contains("Overdue (1)").contains("Recovery plan for Globex").contains("2 business days late")
                .contains("Due (2)").contains("Success review with Initech").contains("17 Mar 2026, 14:00 UTC").contains("Kickoff with Umbrella")
                .contains("Hooli (GREEN): API usage near the plan limit").contains("API calls at 91 % of the plan limit this month");
        assertThat(rendered.html().split("<li>", -1)).hasSize(5);
    }

    @Test
    void shouldSaySoWhenTheCsmHasNothingDue() {
        Rendered rendered = render("digest/csm/daily",
                ModelMaps.with(new CsmDigest("t-csm", TODAY, List.of(), List.of(), List.of()), Map.of("recipient", CSM, "today", TODAY)));
        assertThat(rendered.subject()).isEqualTo("Your day, 16 March 2026: 0 overdue, 0 due, 0 new signals");
        assertThat(rendered.html()).contains("Nothing due and no new signals today").doesNotContain("<li>");
    }

    @Test
    void shouldGiveTheTeamLeadSlaComplianceEscalationsAndWorkload() {
        TeamLeadDigest digest = new TeamLeadDigest("t-lead", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15),
                TeamLeadDigest.SlaCompliance.of(18, 2),
                List.of(new TeamLeadDigest.Escalation("T-7", "Check in with Globex", "Globex", "t-csm", Instant.parse("2026-03-13T17:00:00Z"),
                        "1 business day", "check-in SLA lapsed", null)),
                List.of(new TeamLeadDigest.Workload("t-csm", 12, 3, 4, 1), new TeamLeadDigest.Workload("t-csm2", 7, 0, 2, 0)));
        Rendered rendered = render("digest/team-lead/weekly", ModelMaps.with(digest,
                Map.of("recipient", new Sender("t-lead", "Kim Lead", null), "today", TODAY)));
        assertThat(rendered.subject()).isEqualTo("Team week 9 March 2026 \u2013 15 March 2026: SLA 90 %, 1 open escalation");
        assertThat(rendered.html()).contains("90 % on time: 18 task(s) closed within their SLA, 2 after it")
                .contains("Check in with Globex").contains("(1 business day late): check-in SLA lapsed")
                .contains("<tr><td>t-csm</td><td>12</td><td>3</td><td>4</td><td>1</td></tr>")
                .contains("<tr><td>t-csm2</td><td>7</td><td>0</td><td>2</td><td>0</td></tr>");
    }

    @Test
    void shouldDraftAQbrThatRaisesTheChosenPointsAndShowsTheEvidence() {
        QbrModel model = new QbrModel(new CustomerAccount("G-1", "Globex & Sons", "Enterprise", "t-csm", LocalDate.of(2026, 6, 1), 120),
                new CustomerContact("Morgan Hale", "morgan@globex.example", "COO", Disc.D), TODAY,
                List.of(new QbrModel.UsagePoint("2026-01", 96, 110, 40), new QbrModel.UsagePoint("2026-03", 60, 104, 45)),
                List.of(new QbrModel.HealthPoint(LocalDate.of(2025, 12, 16), 71, "GREEN"), new QbrModel.HealthPoint(TODAY, 44, "YELLOW")),
                List.of(), new QbrModel.Tickets(3, 1, 7, 2),
                List.of(new QbrModel.NpsResponse(LocalDate.of(2026, 2, 20), 5, "Morgan Hale", "Exports <b>break</b> weekly")));
        var points = TalkingPoints.choose(model);
        Rendered rendered = render("qbr/draft", ModelMaps.with(model, Map.of("points", points, "csm", CSM, "today", TODAY)));
        assertThat(points).extracting(p -> p.headline()).containsExactly("Renewal in 77 days", "Health fell from 71 to 44",
                "Active users fell 38 %", "NPS 5 from Morgan Hale", "1 high-priority ticket(s) open");
        assertThat(rendered.html()).contains("Quarterly business review: Globex &amp; Sons")
                .contains("<li><strong>Renewal in 77 days</strong>").contains("<li><strong>Active users fell 38 %</strong>")
                .contains("<tr><td>2026-03</td><td>60</td><td>104</td><td>45</td></tr>")
                .contains("<tr><td>16 March 2026</td><td>44</td><td>YELLOW</td></tr>")
                .contains("Exports &lt;b&gt;break&lt;/b&gt; weekly")
                .contains("3 open ticket(s), 1 of them high priority");
    }

    private static CsmDigest.Task task(String id, String title, String account, Instant due, String lateBy) {
        return new CsmDigest.Task(id, title, account, "X-" + id, due, lateBy, null);
    }

    private static Rendered render(String id, Map<String, Object> model) {
        return sandbox.render(sandbox.validate(id, TemplateStore.shipped().get(id)), model);
    }
}
