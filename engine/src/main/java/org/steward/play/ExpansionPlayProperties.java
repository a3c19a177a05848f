package org.steward.play;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.steward.account.Segment;

/**
 * The expansion play ({@code steward.plays.expansion.*}): who owns the expansion conversation, per segment
 * ({@code owners.ENTERPRISE=attribute:account_executive}). An owner is {@code CSM} (the account's CSM, the default),
 * {@code TEAM_LEAD} (the account's team lead) or {@code attribute:<name>} (the user named in that attribute of the
 * account, e.g. its account executive; the CSM when the account has none).
 */
@ConfigurationProperties("steward.plays.expansion")
public record ExpansionPlayProperties(Map<Segment, String> owners) {

    public ExpansionPlayProperties {
        owners = owners == null ? Map.of() : Map.copyOf(owners);
        owners.forEach((segment, owner) -> {
            if (!owner.equals("CSM") && !owner.equals("TEAM_LEAD") && !owner.matches("attribute:[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("steward.plays.expansion.owners." + segment + " is '" + owner
                        + "': write CSM, TEAM_LEAD or attribute:<name>");
            }
        });
    }

    String ownerRole(Segment segment) {
        return segment == null ? "CSM" : owners.getOrDefault(segment, "CSM");
    }
}
