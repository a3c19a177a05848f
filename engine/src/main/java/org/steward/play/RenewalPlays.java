package org.steward.play;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.account.AccountDirectory.AccountTerms;
import org.steward.system.calendar.StewardBusinessCalendar;

/**
 * Starts renewal plays (process {@code renewal}), with the dates of their steps computed from the renewal date, and
 * keeps the latest assessment they show their tasks up to date.
 */
@Service
public class RenewalPlays {

    static final String HEALTH_ASSESSMENT = "renewal-health-assessment";
    static final String SUCCESS_REVIEW = "renewal-success-review";
    static final String RENEWAL_TALKS = "renewal-talks";

    private final PlayProcesses processes;
    private final PlayAssignees assignees;
    private final RenewalPlayProperties properties;
    private final StewardBusinessCalendar calendar;

    RenewalPlays(PlayProcesses processes, PlayAssignees assignees, RenewalPlayProperties properties, StewardBusinessCalendar calendar) {
        this.processes = processes;
        this.assignees = assignees;
        this.properties = properties;
        this.calendar = calendar;
    }

    /** Starts a renewal play for this account; {@code latestAssessment} is what its tasks show about the account's health. */
    @Transactional
    public String start(AccountTerms account, String reason, PlayOrigin origin, String latestAssessment) {
        return start(account, reason, origin, latestAssessment,
                RenewalSchedule.from(account.renewalDate(), account.segment(), properties, calendar));
    }

    @Transactional
    String start(AccountTerms account, String reason, PlayOrigin origin, String latestAssessment, RenewalSchedule schedule) {
        PlaybookTerms terms = origin.requiredTerms();
        PlayVariables variables = PlayVariables.of(account.externalId(), account.csmOwner(), account.teamLead(), reason, origin)
                .put("healthAssessmentAt", schedule.healthAssessmentAt().toString())
                .put("successReviewAt", schedule.successReviewAt().toString())
                .put("renewalTalksAt", schedule.renewalTalksAt().toString())
                .put("latestAssessment", latestAssessment);
        task(variables, "healthAssessment", HEALTH_ASSESSMENT, terms, account);
        task(variables, "successReview", SUCCESS_REVIEW, terms, account);
        task(variables, "renewalTalks", RENEWAL_TALKS, terms, account);
        return processes.start(PlayKind.RENEWAL, variables.map());
    }

    /** Tasks this renewal play creates from now on show this assessment. */
    @Transactional
    public void latestAssessment(String playId, String latestAssessment) {
        processes.update(PlayKind.RENEWAL, playId, Map.of("latestAssessment", latestAssessment));
    }

    private void task(PlayVariables variables, String prefix, String taskName, PlaybookTerms terms, AccountTerms account) {
        PlaybookTerms.TaskTerms task = terms.task(taskName);
        variables.wording(prefix, terms, taskName).slas(prefix, task.sla(), PlayVariables.directorSla(task.sla(), task.escalateAfter()))
                .put(prefix + "Owner", assignees.resolve(task.assignee(), account));
    }
}
