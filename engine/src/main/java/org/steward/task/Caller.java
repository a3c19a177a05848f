package org.steward.task;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.steward.user.Role;

/** Who is calling the API, from the authentication: the user name and Steward roles. */
public record Caller(String username, Set<Role> roles) {

    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** CS directors and admins see and manage every task, play and escalation. */
    public boolean seesEverything() {
        return has(Role.ADMIN) || has(Role.CS_DIRECTOR);
    }

    /** The role names, as jBPM compares them with a task's groups. */
    Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
