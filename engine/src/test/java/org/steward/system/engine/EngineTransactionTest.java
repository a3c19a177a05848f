package org.steward.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.kie.kogito.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.support.ApiTest;
import org.steward.support.EngineNode;
import org.steward.support.Eventually;

/** The engine's writes (process instance, user task, timer) commit and roll back with the caller's transaction. */
class EngineTransactionTest extends ApiTest {

    @Autowired
    private Processes processes;

    @Autowired
    private PlatformTransactionManager transactions;

    private final EngineTables tables = new EngineTables();

    @Test
    void shouldLeaveNoProcessTaskOrTimerWhenTheTransactionThatStartedThePlayFails() {
        AtomicReference<String> started = new AtomicReference<>();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            started.set(EngineNode.startSave(processes, "ACC-ROLLBACK", "PT2S"));
            throw new IllegalStateException("the caller fails after starting the play");
        })).hasMessageContaining("caller fails");

        String id = started.get();
        assertThat(id).isNotNull();
        assertThat(tables.processInstances(id)).isZero();
        assertThat(tables.allTasks(id)).isZero();
        assertThat(tables.timersOf(id)).isZero();
    }

    @Test
    void shouldKeepProcessTaskAndTimerOfACommittedStartAndFireTheTimerOnce() {
        String id = new TransactionTemplate(transactions).execute(status -> EngineNode.startSave(processes, "ACC-COMMIT", "PT2S"));

        assertThat(tables.processInstances(id)).isOne();
        assertThat(tables.tasks(id, "csm-check-in")).isOne();
        assertThat(tables.timersOf(id)).as("check-in SLA and director SLA").isEqualTo(2);

        Eventually.await("the check-in SLA timer escalates to the team lead", Duration.ofSeconds(30),
                () -> tables.slaEscalations(id) == 1);
        Eventually.await("the fired timer leaves the table", Duration.ofSeconds(10), () -> tables.timersOf(id) == 1);
        assertThat(tables.slaEscalations(id)).isOne();
        assertThat(tables.tasks(id, "csm-check-in")).isOne();
    }

    @Test
    void shouldRefuseToStartAPlayWhoseSlaIsNotADurationAndStoreNothing() {
        AtomicReference<String> started = new AtomicReference<>();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                started.set(EngineNode.startSave(processes, "ACC-BAD-SLA", "five days"))))
                .hasStackTraceContaining("is not a duration");
        assertThat(tables.jdbc().queryForObject(
                "SELECT COUNT(*) FROM jbpm_user_tasks_inputs i JOIN jbpm_user_tasks t ON t.id = i.task_id WHERE CAST(i.input_value AS CHAR) LIKE '%ACC-BAD-SLA%'",
                Integer.class)).isZero();
    }
}
