package org.steward.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.support.EngineNodeProcess;
import org.steward.support.Eventually;
import org.steward.support.PlayFixture;

/**
 * The check-in SLA lapses while no Steward node runs: node A starts the play and is killed (SIGKILL); the SLA passes;
 * node B starts and escalates the task, exactly once. (This JVM's own engine keeps still while child nodes run:
 * {@link org.steward.support.InJvmEngine}.)
 */
class EscalationRestartTest {

    private final PlayFixture db = new PlayFixture();

    @Test
    void shouldEscalateATaskWhoseSlaLapsedWhileTheServerWasDownExactlyOnceAfterTheRestart() {
        String account = PlayFixture.account("ESC-RESTART");
        String play;
        try (EngineNodeProcess a = EngineNodeProcess.start("esc-a", "--start-save=" + account + ":1:PT5S")) {
            String line = a.linesContaining("STARTED ").get(0);
            play = line.substring(line.indexOf("STARTED ") + 8).trim();
            a.kill();
        }
        Map<String, Object> task = db.task(play, "csm-check-in");
        Instant due = ((Timestamp) task.get("due_at")).toInstant();
        assertThat(task).containsEntry("escalated", false).containsEntry("assignee", "t-csm");

        Eventually.await("the SLA lapses while no node runs", Duration.ofSeconds(15), () -> Instant.now().isAfter(due.plusSeconds(2)));
        assertThat(db.escalations(play)).as("nobody escalates while the server is down").isEmpty();

        try (EngineNodeProcess b = EngineNodeProcess.start("esc-b")) {
            db.awaitEscalation(play, "TEAM_LEAD", Duration.ofSeconds(60));
            String logged = "Task " + task.get("id") + " of play " + play + " escalated to t-lead";
            Eventually.await("node B logs the escalation", Duration.ofSeconds(10), () -> !b.linesContaining(logged).isEmpty());
            Eventually.await("only the director SLA timer is left", Duration.ofSeconds(10),
                    () -> db.jdbc().queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_data LIKE ?", Integer.class,
                            "%" + play + "%") == 1);

            assertThat(db.escalations(play)).singleElement().satisfies(e -> {
                assertThat(e).containsEntry("level", "TEAM_LEAD").containsEntry("status", "OPEN");
                assertThat(((Number) e.get("late_seconds")).longValue()).as("late by the downtime at least").isGreaterThanOrEqualTo(2);
            });
            assertThat(b.linesContaining(logged)).hasSize(1);
            assertThat(db.task(play, "csm-check-in")).containsEntry("escalated", true).containsEntry("escalation_level", "TEAM_LEAD");
            assertThat(db.candidates((String) task.get("id"))).containsExactly("t-csm", "t-lead");
        }
    }
}
