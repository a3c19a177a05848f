package org.steward.notification.outbox;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.steward.user.AppUser;
import org.steward.user.Role;
import org.steward.user.UserDirectory;

/**
 * Who sees and works which messages. Admins and CS ops see every message; a team lead sees their own and
 * their team's (the CSMs whose team lead they are); anyone else only their own. A message is edited,
 * sent or discarded by its CSM, that CSM's team lead, or an admin.
 */
@Component
class OutboxAccess {

    private final UserDirectory users;

    OutboxAccess(UserDirectory users) {
        this.users = users;
    }

    /** The CSMs whose messages the viewer may list; empty means every CSM. */
    Optional<Set<String>> visibleCsms(Viewer viewer) {
        if (viewer.is(Role.ADMIN) || viewer.is(Role.CS_OPS)) {
            return Optional.empty();
        }
        Set<String> csms = new HashSet<>(Set.of(viewer.username()));
        if (viewer.is(Role.TEAM_LEAD)) {
            users.all().stream().filter(u -> viewer.username().equals(u.getTeamLead())).map(AppUser::getUsername).forEach(csms::add);
        }
        return Optional.of(csms);
    }

    void checkVisible(Viewer viewer, Message message) {
        if (visibleCsms(viewer).map(csms -> !csms.contains(message.getCsm())).orElse(false)) {
            throw new AccessDeniedException("Message " + message.getId() + " belongs to " + message.getCsm());
        }
    }

    void checkMayAct(Viewer viewer, Message message) {
        if (viewer.is(Role.ADMIN) || viewer.username().equals(message.getCsm())) {
            return;
        }
        boolean lead = viewer.is(Role.TEAM_LEAD) && message.getCsm() != null
                && users.find(message.getCsm()).map(AppUser::getTeamLead).filter(viewer.username()::equals).isPresent();
        if (!lead) {
            throw new AccessDeniedException("Only " + message.getCsm() + ", their team lead or an admin may change message " + message.getId());
        }
    }
}
