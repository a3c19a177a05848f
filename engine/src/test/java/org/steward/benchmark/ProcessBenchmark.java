package org.steward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kie.kogito.Application;
import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.services.uow.UnitOfWorkExecutor;
import org.kie.kogito.usertask.UserTasks;
import org.kie.kogito.usertask.impl.lifecycle.DefaultUserTaskLifeCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.processes.SaveModel;
import org.steward.processes.SaveProcess;
import org.steward.processes.SaveProcessInstance;
import org.steward.support.TestDatabase;

/**
 * Start a yellow {@code save} play (it creates the CSM check-in task, its two SLA timers and Steward's play and
 * task history), then complete that task (the play ends): plays per second with 1 and 4 client threads, in-process on the embedded MariaDB, each step in a
 * transaction of its own as Steward runs it. Median of several rounds after a warm-up. (A mock web environment:
 * the engine's user-task registry is application-scoped.)
 *
 * <p>{@code -Dbenchmark.instances=2000} plays per round, {@code -Dbenchmark.rounds=5}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class ProcessBenchmark {

    static {
        TestDatabase.start();
    }

    private static final int INSTANCES = Integer.getInteger("benchmark.instances", 2000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);

    @Autowired
    private SaveProcess save;

    @Autowired
    private UserTasks userTasks;

    @Autowired
    private Application application;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void startAndCompleteSavePlays() throws Exception {
        BenchmarkReport report = new BenchmarkReport("process");
        report.line("- per round: %d plays (start + complete the check-in task); %d rounds per thread count; warm-up %d plays",
                INSTANCES, ROUNDS, INSTANCES / 2);
        rate(4, INSTANCES / 2);
        for (int threads : new int[] {1, 4}) {
            List<Double> rates = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                rates.add(rate(threads, INSTANCES));
            }
            report.line("- %d thread(s): median %.1f plays/s (runs: %s)", threads, BenchmarkReport.median(rates),
                    BenchmarkReport.runs(rates));
        }
        report.write();
    }

    /** Runs {@code instances} plays on {@code threads} threads; checks that all ended and were recorded; plays per second. */
    private double rate(int threads, int instances) throws Exception {
        long completedBefore = completedPlays();
        double seconds = Parallel.run(threads, instances, this::play);
        assertThat(completedPlays() - completedBefore).as("plays completed in Steward's history").isEqualTo(instances);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_instances", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM jbpm_user_tasks", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'jbpm-timer'", Long.class)).isZero();
        return instances / seconds;
    }

    private long completedPlays() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM play WHERE kind = 'save' AND status = 'COMPLETED'", Long.class);
    }

    private void play(int n) {
        String csm = "bench-csm" + (n % 8);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String taskId = transaction.execute(status -> UnitOfWorkExecutor.executeInUnitOfWork(application.unitOfWorkManager(), () -> {
            SaveModel model = save.createModel();
            model.fromMap(Map.of("accountExternalId", "bench-" + n, "tier", "YELLOW", "csmOwner", csm,
                    "teamLead", "bench-lead", "checkInSla", "PT120H", "recoveryPlanSla", "PT240H", "directorSla", "PT240H",
                    "startReason", "benchmark"));
            SaveProcessInstance instance = save.createInstance(model);
            instance.start();
            return instance.workItems().get(0).getExternalReferenceId();
        }));
        transaction.executeWithoutResult(status -> UnitOfWorkExecutor.executeInUnitOfWork(application.unitOfWorkManager(), () -> {
            userTasks.instances().findById(taskId).orElseThrow()
                    .transition(DefaultUserTaskLifeCycle.COMPLETE, Map.of("outcome", "RESOLVED"), IdentityProviders.of(csm));
            return null;
        }));
    }
}
