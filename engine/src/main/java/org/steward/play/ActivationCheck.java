package org.steward.play;

import java.util.Map;
import java.util.Optional;

import org.kie.kogito.internal.process.workitem.KogitoWorkItem;
import org.kie.kogito.internal.process.workitem.KogitoWorkItemHandler;
import org.kie.kogito.internal.process.workitem.KogitoWorkItemManager;
import org.kie.kogito.internal.process.workitem.WorkItemTransition;
import org.kie.kogito.process.impl.DefaultWorkItemHandlerConfig;
import org.kie.kogito.process.workitems.impl.DefaultKogitoWorkItemHandler;
import org.springframework.stereotype.Component;
import org.steward.account.AccountDirectory;
import org.steward.account.AccountDirectory.SeatUse;

/**
 * The onboarding play's activation check (work item {@code CheckActivation}, run in the engine's transaction): an
 * account is off trajectory when its kickoff is not done, or when the share of its purchased seats in use on its
 * latest usage day is below the threshold (no usage at all counts as below). Inputs {@code accountExternalId},
 * {@code kickoffDone}, {@code threshold}; outputs {@code offTrajectory} and {@code reason}.
 */
@Component
class ActivationCheck extends DefaultWorkItemHandlerConfig {

    static final String NAME = "CheckActivation";

    private final AccountDirectory accounts;

    ActivationCheck(AccountDirectory accounts) {
        this.accounts = accounts;
        register(NAME, new Handler());
    }

    /** The verdict: null when on trajectory, else why not. */
    String offTrajectory(String accountExternalId, boolean kickoffDone, double threshold) {
        StringBuilder why = new StringBuilder();
        if (!kickoffDone) {
            why.append("the kickoff is not done");
        }
        Optional<SeatUse> use = accounts.latestSeatUse(accountExternalId);
        if (use.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append("no product usage recorded yet");
        } else if (use.get().utilisation() < threshold) {
            SeatUse u = use.get();
            why.append(why.isEmpty() ? "" : "; ").append(u.seatsUsed()).append(" of ").append(u.seatsPurchased())
                    .append(" seats in use on ").append(u.date()).append(" (").append(Math.round(u.utilisation() * 100))
                    .append(" %), below the first-value threshold of ").append(Math.round(threshold * 100)).append(" %");
        }
        return why.isEmpty() ? null : "Onboarding off trajectory at the activation check: " + why;
    }

    private final class Handler extends DefaultKogitoWorkItemHandler {

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public Optional<WorkItemTransition> activateWorkItemHandler(KogitoWorkItemManager manager, KogitoWorkItemHandler handler,
                                                                    KogitoWorkItem workItem, WorkItemTransition transition) {
            String account = String.valueOf(workItem.getParameter("accountExternalId"));
            boolean kickoffDone = Boolean.TRUE.equals(workItem.getParameter("kickoffDone"));
            double threshold = Double.parseDouble(String.valueOf(workItem.getParameter("threshold")));
            String reason = offTrajectory(account, kickoffDone, threshold);
            Map<String, Object> results = reason == null ? Map.of("offTrajectory", Boolean.FALSE)
                    : Map.of("offTrajectory", Boolean.TRUE, "reason", reason);
            return Optional.of(handler.completeTransition(workItem.getPhaseStatus(), results));
        }
    }
}
