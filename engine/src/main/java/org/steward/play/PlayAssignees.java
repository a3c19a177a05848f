package org.steward.play;

import org.springframework.stereotype.Component;
import org.steward.account.AccountDirectory.AccountTerms;

/**
 * Who works a task, from the playbook's assignee role and the account: CSM (its CSM), TEAM_LEAD (its team lead),
 * EXPANSION_OWNER (per segment, {@link ExpansionPlayProperties}), CS_DIRECTOR (the team lead: directors receive a
 * task when its second SLA lapses). Anyone missing falls back to the account's CSM.
 */
@Component
class PlayAssignees {

    private final ExpansionPlayProperties expansion;

    PlayAssignees(ExpansionPlayProperties expansion) {
        this.expansion = expansion;
    }

    String resolve(String role, AccountTerms account) {
        String who = switch (role == null ? "CSM" : role) {
            case "TEAM_LEAD", "CS_DIRECTOR" -> account.teamLead();
            case "EXPANSION_OWNER" -> expansionOwner(account);
            default -> account.csmOwner();
        };
        return who == null || who.isBlank() ? account.csmOwner() : who;
    }

    private String expansionOwner(AccountTerms account) {
        String owner = expansion.ownerRole(account.segment());
        if (owner.startsWith("attribute:")) {
            return account.attributes().get(owner.substring("attribute:".length()));
        }
        return "TEAM_LEAD".equals(owner) ? account.teamLead() : account.csmOwner();
    }
}
