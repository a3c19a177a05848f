package org.steward.play;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.account.AccountDirectory.AccountTerms;

/** Starts expansion plays (process {@code expansion}): a conversation for the account's expansion owner. */
@Service
public class ExpansionPlays {

    static final String CONVERSATION = "expansion-conversation";

    private final PlayProcesses processes;
    private final PlayAssignees assignees;

    ExpansionPlays(PlayProcesses processes, PlayAssignees assignees) {
        this.processes = processes;
        this.assignees = assignees;
    }

    /** Starts an expansion play; {@code talkingPoint} ties the conversation to the signals that asked for it. */
    @Transactional
    public String start(AccountTerms account, String reason, PlayOrigin origin, String talkingPoint) {
        PlaybookTerms terms = origin.requiredTerms();
        PlaybookTerms.TaskTerms task = terms.task(CONVERSATION);
        PlayVariables variables = PlayVariables.of(account.externalId(), account.csmOwner(), account.teamLead(), reason, origin)
                .put("talkingPoint", talkingPoint)
                .wording("conversation", terms, CONVERSATION)
                .slas("conversation", task.sla(), PlayVariables.directorSla(task.sla(), task.escalateAfter()))
                .put("conversationOwner", assignees.resolve(task.assignee(), account));
        return processes.start(PlayKind.EXPANSION, variables.map());
    }
}
