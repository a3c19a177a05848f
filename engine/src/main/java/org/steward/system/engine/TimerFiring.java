package org.steward.system.engine;

import java.time.Instant;

import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.Processes;
import org.kie.kogito.services.jobs.impl.TriggerJobCommand;
import org.kie.kogito.services.uow.UnitOfWorkExecutor;
import org.kie.kogito.uow.UnitOfWorkManager;
import org.kie.kogito.usertask.UserTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires one stored timer into the engine, inside one transaction and one jBPM unit of work: the timer's
 * effects (a signalled process, an escalation task) commit together or not at all.
 */
public class TimerFiring {

    private static final Logger log = LoggerFactory.getLogger(TimerFiring.class);
    private static final ThreadLocal<String> FIRING = new ThreadLocal<>();

    private final ObjectProvider<Processes> processes;
    private final ObjectProvider<UserTasks> userTasks;
    private final ObjectProvider<UnitOfWorkManager> unitOfWork;
    private final TransactionTemplate transaction;

    public TimerFiring(ObjectProvider<Processes> processes, ObjectProvider<UserTasks> userTasks,
                       ObjectProvider<UnitOfWorkManager> unitOfWork, TransactionTemplate transaction) {
        this.processes = processes;
        this.userTasks = userTasks;
        this.unitOfWork = unitOfWork;
        this.transaction = transaction;
    }

    /** The id of the timer this thread is firing, or null. */
    static String current() {
        return FIRING.get();
    }

    /**
     * Fires the timer; returns it with its firing counted. An exception is logged with the process and node
     * and rethrown, so that the scheduler retries the timer later.
     */
    public EngineTimer fire(EngineTimer timer) {
        FIRING.set(timer.jobId());
        try {
            int firings = timer.firings() + 1;
            transaction.executeWithoutResult(status -> dispatch(timer, firings));
            log.info("Timer fired: {} (late by {} ms)", timer.where(), java.time.Duration.between(timer.dueAt(), Instant.now()).toMillis());
            return timer.fired();
        } catch (RuntimeException e) {
            log.error("Timer failed and will be retried: {}: {}", timer.where(), e.toString(), e);
            throw e;
        } finally {
            FIRING.remove();
        }
    }

    private void dispatch(EngineTimer timer, int firings) {
        UnitOfWorkManager uow = unitOfWork.getObject();
        switch (timer.kind()) {
            case PROCESS_INSTANCE -> {
                Process<?> process = processOf(timer);
                if (process == null) {
                    log.warn("Timer skipped: no process for {}", timer.where());
                    return;
                }
                boolean signalled = new TriggerJobCommand(timer.processInstanceId(), timer.jobId(), timer.timerId(),
                        timer.remainingAfter(firings), process, uow).execute();
                if (!signalled) {
                    log.info("Timer skipped: the process instance has ended: {}", timer.where());
                }
            }
            case PROCESS_START -> {
                Process<?> process = processes.getObject().processById(timer.processId());
                UnitOfWorkExecutor.executeInUnitOfWork(uow, () -> {
                    start(process);
                    return null;
                });
            }
            case USER_TASK -> userTasks.getObject().instances().findById(timer.userTaskInstanceId()).ifPresentOrElse(
                    task -> UnitOfWorkExecutor.executeInUnitOfWork(uow, () -> {
                        task.trigger(timer.userTaskDescription());
                        return null;
                    }),
                    () -> log.info("Timer skipped: the user task has ended: {}", timer.where()));
        }
    }

    private Process<?> processOf(EngineTimer timer) {
        Processes all = processes.getObject();
        if (timer.processId() != null) {
            Process<?> process = all.processById(timer.processId());
            if (process != null) {
                return process;
            }
        }
        return all.processByProcessInstanceId(timer.processInstanceId()).orElse(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void start(Process process) {
        ProcessInstance<?> instance = process.createInstance(process.createModel());
        instance.start("timer", null);
    }
}
