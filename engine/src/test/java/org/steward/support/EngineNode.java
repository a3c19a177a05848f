package org.steward.support;

import java.util.HashMap;
import java.util.Map;

import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.ProcessInstance;
import org.kie.kogito.process.Processes;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.StewardApplication;

/**
 * Main class of an engine node in a separate JVM, for tests that kill a node or run two on one database.
 * With {@code --start-save=ACCOUNT:COUNT:SLA} it starts COUNT save plays whose check-in SLA is SLA (and whose
 * director SLA is 30 days away) and prints {@code STARTED <process instance id>} for each, then keeps running until killed.
 */
public final class EngineNode {

    private EngineNode() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(StewardApplication.class, args);
        for (String arg : args) {
            if (arg.startsWith("--start-save=")) {
                String[] spec = arg.substring("--start-save=".length()).split(":");
                for (int i = 0; i < Integer.parseInt(spec[1]); i++) {
                    System.out.println("STARTED " + startSave(context, spec[0], spec[2]));
                }
            }
        }
        for (String arg : args) {
            if (arg.startsWith("--steward.print-play=")) {
                String id = arg.substring("--steward.print-play=".length());
                Processes processes = context.getBean(Processes.class);
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                        processes.processById("save").instances().findById(id).ifPresent(instance ->
                                System.out.println("PLAY " + id + " " + (instance.status() == ProcessInstance.STATE_ACTIVE ? "ACTIVE" : "ENDED"))));
            }
        }
        System.out.println("NODE READY");
        System.out.flush();
    }

    /** Starts one save play in its own transaction; returns the process instance id. */
    public static String startSave(ConfigurableApplicationContext context, String account, String sla) {
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        return tx.execute(status -> startSave(context.getBean(Processes.class), account, sla));
    }

    /** Starts one save play in the caller's transaction; returns the process instance id. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String startSave(Processes processes, String account, String sla) {
        Process save = processes.processById("save");
        Model model = (Model) save.createModel();
        Map<String, Object> variables = new HashMap<>();
        variables.put("accountExternalId", account);
        variables.put("csmOwner", "t-csm");
        variables.put("teamLead", "t-lead");
        variables.put("checkInSla", sla);
        variables.put("recoveryPlanSla", "P30D");
        variables.put("directorSla", "P30D");
        model.fromMap(variables);
        ProcessInstance<?> instance = save.createInstance(model);
        instance.start();
        return instance.id();
    }
}
