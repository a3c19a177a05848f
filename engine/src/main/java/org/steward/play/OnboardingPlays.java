package org.steward.play;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.account.AccountDirectory.AccountTerms;
import org.steward.system.calendar.StewardBusinessCalendar;

/** Starts onboarding plays (process {@code onboarding}) with their dates computed from the account's contract start. */
@Service
public class OnboardingPlays {

    private final PlayProcesses processes;
    private final PlayAssignees assignees;
    private final OnboardingPlayProperties properties;
    private final StewardBusinessCalendar calendar;

    OnboardingPlays(PlayProcesses processes, PlayAssignees assignees, OnboardingPlayProperties properties, StewardBusinessCalendar calendar) {
        this.processes = processes;
        this.assignees = assignees;
        this.properties = properties;
        this.calendar = calendar;
    }

    /** Starts an onboarding play for this account with the playbook terms in {@code origin}; returns its id. */
    @Transactional
    public String start(AccountTerms account, String reason, PlayOrigin origin) {
        PlaybookTerms terms = origin.requiredTerms();
        return start(account, reason, origin, OnboardingSchedule.from(account.contractStart(), terms, properties, calendar));
    }

    @Transactional
    String start(AccountTerms account, String reason, PlayOrigin origin, OnboardingSchedule schedule) {
        PlaybookTerms terms = origin.requiredTerms();
        PlayVariables variables = PlayVariables.of(account.externalId(), account.csmOwner(), account.teamLead(), reason, origin)
                .put("activationCheckAt", schedule.activationCheckAt().toString())
                .put("activationThreshold", Double.toString(properties.activationSeatUtilisation()))
                .put("kickoffDone", Boolean.FALSE);
        task(variables, "kickoff", OnboardingSchedule.KICKOFF, terms, account, schedule.kickoffDue().toString(),
                schedule.kickoffDirectorDue().toString());
        task(variables, "firstValue", OnboardingSchedule.FIRST_VALUE, terms, account, schedule.firstValueDue().toString(),
                schedule.firstValueDirectorDue().toString());
        task(variables, "deepening", OnboardingSchedule.DEEPENING, terms, account, schedule.deepeningDue().toString(),
                schedule.deepeningDirectorDue().toString());
        return processes.start(PlayKind.ONBOARDING, variables.map());
    }

    private void task(PlayVariables variables, String prefix, String taskName, PlaybookTerms terms, AccountTerms account,
                      String sla, String directorSla) {
        variables.wording(prefix, terms, taskName).slas(prefix, sla, directorSla)
                .put(prefix + "Owner", assignees.resolve(terms.task(taskName).assignee(), account));
    }
}
