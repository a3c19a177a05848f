package org.steward.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.support.EngineNodeProcess;
import org.steward.support.Eventually;
import org.steward.support.TestDatabase;

/**
 * Engine nodes in separate JVMs on one database: a node is killed (SIGKILL, no shutdown) with a timer
 * pending; the timer comes due while no node runs; the next node fires it exactly once.
 */
class EngineCrashTest {

    /** A database of their own: no other engine node (such as another test's Spring context) may take their timers. */
    private final String database = TestDatabase.isolated("steward_crash");
    private final EngineTables tables = new EngineTables(database);

    @Test
    void shouldFireATimerThatCameDueWhileTheServerWasDownExactlyOnceAfterRestart() {
        String processInstanceId;
        try (EngineNodeProcess first = EngineNodeProcess.startOn("crash-a", database, "--start-save=ACC-CRASH:1:PT6S")) {
            processInstanceId = started(first).get(0);
            first.kill();
        }
        assertThat(tables.processInstances(processInstanceId)).isOne();
        assertThat(tables.timersOf(processInstanceId)).as("check-in SLA and director SLA").isEqualTo(2);
        assertThat(tables.slaEscalations(processInstanceId)).isZero();

        Instant due = Instant.now().plusSeconds(6);
        Eventually.await("the timer comes due while no node runs", Duration.ofSeconds(10), () -> Instant.now().isAfter(due));

        try (EngineNodeProcess second = EngineNodeProcess.startOn("crash-b", database)) {
            Eventually.await("the overdue timer fires after the restart", Duration.ofSeconds(60),
                    () -> tables.slaEscalations(processInstanceId) == 1);
            Eventually.await("the timer is done", Duration.ofSeconds(10), () -> tables.timersOf(processInstanceId) == 1);
            assertThat(tables.slaEscalations(processInstanceId)).isOne();
            assertThat(tables.tasks(processInstanceId, "csm-check-in")).isOne();
            String fired = "Timer fired: process save instance " + processInstanceId;
            Eventually.await("the node logs the firing", Duration.ofSeconds(10), () -> !second.linesContaining(fired).isEmpty());
            assertThat(second.linesContaining(fired)).hasSize(1);
        }
    }

    @Test
    void shouldFireEachTimerOnceWhenTwoNodesShareTheDatabase() {
        int plays = 20;
        try (EngineNodeProcess a = EngineNodeProcess.startOn("pair-a", database, "--start-save=ACC-PAIR:" + plays + ":PT12S");
             EngineNodeProcess b = EngineNodeProcess.startOn("pair-b", database)) {
            List<String> ids = started(a);
            assertThat(ids).hasSize(plays);
            Eventually.await("every SLA timer escalates", Duration.ofSeconds(90),
                    () -> ids.stream().allMatch(id -> tables.slaEscalations(id) >= 1));
            Eventually.await("only the director SLA timers are left", Duration.ofSeconds(10),
                    () -> ids.stream().allMatch(id -> tables.timersOf(id) == 1));
            for (String id : ids) {
                assertThat(tables.slaEscalations(id)).as("escalations of %s", id).isOne();
            }
            Eventually.await("the nodes log every firing", Duration.ofSeconds(10), () -> fired(a) + fired(b) >= plays);
            assertThat(fired(a) + fired(b)).isEqualTo(plays);
        }
    }

    private static int fired(EngineNodeProcess node) {
        return node.linesContaining("Timer fired: process save").size();
    }

    private static List<String> started(EngineNodeProcess node) {
        return node.linesContaining("STARTED ").stream().map(line -> line.substring(line.indexOf("STARTED ") + 8).trim()).toList();
    }
}
