package org.steward.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.steward.user.NewUser;
import org.steward.user.Role;

/**
 * The demo users, all with the password {@value #PASSWORD}: {@code admin}, {@code ops}, {@code lead1} and
 * {@code lead2}, {@code csm1}…{@code csm8} (csm1–4 in lead1's team, csm5–8 in lead2's) and {@code integration}.
 */
final class DemoUsers {

    static final String PASSWORD = "demo";

    /** The demo's integration: the user that pushes the book, created once the whole book is stored. */
    static final NewUser INTEGRATION = user("integration", "Demo integration", Role.INTEGRATION, null);

    /** The people of the demo: created before the book, which names the CSMs and team leads. */
    static final List<NewUser> PEOPLE = List.of(
            user("admin", "Demo Administrator", Role.ADMIN, null),
            user("ops", "Olivia Brandt", Role.CS_OPS, null),
            user("lead1", "Marcus Reed", Role.TEAM_LEAD, null),
            user("lead2", "Sana Iqbal", Role.TEAM_LEAD, null),
            user("csm1", "Chloe Martin", Role.CSM, "lead1"),
            user("csm2", "Ravi Shah", Role.CSM, "lead1"),
            user("csm3", "Emma Larsen", Role.CSM, "lead1"),
            user("csm4", "Tom Becker", Role.CSM, "lead1"),
            user("csm5", "Lucia Romero", Role.CSM, "lead2"),
            user("csm6", "Ben Okafor", Role.CSM, "lead2"),
            user("csm7", "Julia Weber", Role.CSM, "lead2"),
            user("csm8", "Kwame Mensah", Role.CSM, "lead2"));

    static final List<NewUser> ALL = Stream.concat(PEOPLE.stream(), Stream.of(INTEGRATION)).toList();

    /** The CSMs who own the demo accounts. */
    static final List<NewUser> CSMS = PEOPLE.stream().filter(user -> user.roles().contains(Role.CSM)).toList();

    private DemoUsers() {
    }

    private static NewUser user(String username, String displayName, Role role, String teamLead) {
        return new NewUser(username, displayName, username + "@steward.example", PASSWORD, Set.of(role), teamLead);
    }
}
