package org.steward.play;

/**
 * What starting a save play takes. {@code taskSla} and {@code directorSla} override the configured SLAs of the
 * tier's task when not null (a playbook's SLAs, or a short one in a test).
 */
public record SavePlayStart(String accountExternalId, SaveTier tier, String csmOwner, String teamLead, String reason,
                            String taskSla, String directorSla) {

    public SavePlayStart(String accountExternalId, SaveTier tier, String csmOwner, String teamLead, String reason) {
        this(accountExternalId, tier, csmOwner, teamLead, reason, null, null);
    }
}
