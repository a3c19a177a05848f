package org.steward.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.account.AccountDirectory.AccountTerms;
import org.steward.account.Segment;
import org.steward.support.PlayApiTest;
import org.steward.support.PlayFixture;

/**
 * processes/expansion.bpmn, one test per path: the conversation ends with each outcome; a late conversation escalates
 * to the team lead and then to the CS directors; the owner follows the segment's configured role.
 */
class ExpansionPlayProcessTest extends PlayApiTest {

    @Autowired
    private ExpansionPlays expansionPlays;

    @ParameterizedTest
    @CsvSource({"OPPORTUNITY_CREATED, Opportunity created", "NOT_NOW, Not now", "DECLINED, Declined"})
    void shouldGiveTheOwnerAConversationWithTheTalkingPointAndRecordItsOutcome(String outcome, String end) {
        String account = PlayFixture.account("EXP-" + outcome.substring(0, 3));
        String play = start(account, "5bd", "10bd");

        var task = db.task(play, "expansion-conversation");
        assertThat(task).containsEntry("assignee", "t-csm").containsEntry("sla", "5bd")
                .containsEntry("context", "Talking point: seats at 91 %. Offer more seats.")
                .containsEntry("template", "template/expansion-conversation");
        completeTask((String) task.get("id"), "t-csm", Map.of("outcome", outcome, "note", "Spoke to the VP"));

        assertThat(db.play(play)).containsEntry("status", "COMPLETED").containsEntry("outcome", outcome).containsEntry("end_reason", end);
    }

    @Test
    void shouldEscalateALateConversationToTheTeamLeadAndThenToTheCsDirectors() {
        String play = start(PlayFixture.account("EXP-LATE"), "PT2S", "PT4S");

        db.awaitEscalation(play, "TEAM_LEAD", Duration.ofSeconds(20));
        db.awaitEscalation(play, "CS_DIRECTOR", Duration.ofSeconds(20));
        assertThat(db.task(play, "expansion-conversation")).containsEntry("escalation_level", "CS_DIRECTOR");
    }

    @Test
    void shouldGiveTheConversationToTheOwnerConfiguredForTheSegment() {
        PlayAssignees assignees = new PlayAssignees(new ExpansionPlayProperties(Map.of(Segment.ENTERPRISE, "attribute:account_executive",
                Segment.MID_MARKET, "TEAM_LEAD")));
        AccountTerms enterprise = new AccountTerms("E", "E", Segment.ENTERPRISE, null, 10, null, null, "csm", "lead",
                Map.of("account_executive", "ae1"));
        AccountTerms noExecutive = new AccountTerms("E2", "E2", Segment.ENTERPRISE, null, 10, null, null, "csm", "lead", Map.of());
        AccountTerms midMarket = new AccountTerms("M", "M", Segment.MID_MARKET, null, 10, null, null, "csm", "lead", Map.of());
        AccountTerms smb = new AccountTerms("S", "S", Segment.SMB, null, 10, null, null, "csm", "lead", Map.of());

        assertThat(assignees.resolve("EXPANSION_OWNER", enterprise)).isEqualTo("ae1");
        assertThat(assignees.resolve("EXPANSION_OWNER", noExecutive)).as("falls back to the CSM").isEqualTo("csm");
        assertThat(assignees.resolve("EXPANSION_OWNER", midMarket)).isEqualTo("lead");
        assertThat(assignees.resolve("EXPANSION_OWNER", smb)).as("the CSM by default").isEqualTo("csm");
    }

    private String start(String account, String sla, String directorSla) {
        return transaction.execute(status -> expansionPlays.start(TestPlaybooks.account(account, Segment.SMB, LocalDate.now(), LocalDate.now()),
                "expansion signals (seats-high-months)", TestPlaybooks.origin(TestPlaybooks.terms("expansion", account,
                        Map.of("expansion-conversation", new String[] {sla, directorSla, "EXPANSION_OWNER"}))),
                "Talking point: seats at 91 %. Offer more seats."));
    }
}
