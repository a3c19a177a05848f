package org.steward.system.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.kie.kogito.jobs.JobsService;
import org.kie.kogito.persistence.springboot.JDBCProcessInstancesFactory;
import org.kie.kogito.process.Processes;
import org.kie.kogito.uow.UnitOfWorkManager;
import org.kie.kogito.usertask.UserTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the jBPM engine durable on MariaDB: process instances written on the transaction's own connection,
 * timers in a table that every node polls, each firing in a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    static final String TIMER_TASK = "jbpm-timer";

    /**
     * The shipped factory writes process instances on auto-commit connections of its own, so a rolled-back
     * transaction would keep its process row; through the proxy it uses the transaction's connection.
     */
    @Bean
    JDBCProcessInstancesFactory processInstancesFactory(DataSource dataSource,
                                                        @Value("${kogito.persistence.optimistic.lock:true}") boolean lock) {
        return new JDBCProcessInstancesFactory(new TransactionAwareDataSourceProxy(dataSource), lock, false, List.of());
    }

    @Bean
    TimerFiring timerFiring(ObjectProvider<Processes> processes, ObjectProvider<UserTasks> userTasks,
                            ObjectProvider<UnitOfWorkManager> unitOfWork, PlatformTransactionManager transactions) {
        return new TimerFiring(processes, userTasks, unitOfWork, new TransactionTemplate(transactions));
    }

    @Bean
    CustomTask<EngineTimer> engineTimerTask(TimerFiring firing,
                                            @Value("${steward.timers.first-retry:PT5S}") Duration firstRetry,
                                            @Value("${steward.timers.longest-retry:PT1H}") Duration longestRetry) {
        return Tasks.custom(TIMER_TASK, EngineTimer.class)
                .onFailure(new TimerRetryPolicy(firstRetry, longestRetry))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    EngineTimer fired = firing.fire(instance.getData());
                    if (fired.repeats() && fired.remainingAfter(fired.firings()) > 0) {
                        Instant next = context.getExecution().executionTime.plusMillis(fired.repeatIntervalMillis());
                        return (CompletionHandler<EngineTimer>) (complete, operations) -> operations.reschedule(complete, next, fired);
                    }
                    return (CompletionHandler<EngineTimer>) (complete, operations) -> operations.remove();
                });
    }

    @Bean
    JobsService jobsService(ObjectProvider<SchedulerClient> scheduler, CustomTask<EngineTimer> engineTimerTask, JdbcTemplate jdbc) {
        return new DurableJobsService(scheduler, engineTimerTask, jdbc);
    }

    @Bean
    DbSchedulerCustomizer timerSchedulerCustomizer(NodeName nodeName) {
        return new DbSchedulerCustomizer() {
            @Override
            public java.util.Optional<Serializer> serializer() {
                return java.util.Optional.of(new JacksonSerializer());
            }

            @Override
            public java.util.Optional<SchedulerName> schedulerName() {
                return java.util.Optional.of(new SchedulerName.Fixed(nodeName.value()));
            }
        };
    }
}
