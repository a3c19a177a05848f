package org.steward.notification.outbox;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.steward.user.Role;

/** The signed-in user looking at the outbox, with their roles. */
record Viewer(String username, Set<Role> roles) {

    static Viewer of(Authentication authentication) {
        return new Viewer(authentication.getName(), authentication.getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .filter(name -> Set.of(Role.values()).stream().anyMatch(r -> r.name().equals(name)))
                .map(Role::valueOf).collect(Collectors.toSet()));
    }

    boolean is(Role role) {
        return roles.contains(role);
    }
}
