package org.steward.user;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.system.web.NotFoundException;

@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserDirectory directory;

    UserController(UserDirectory directory) {
        this.directory = directory;
    }

    /** Who is calling, with their roles. */
    @GetMapping("/me")
    UserView me(Authentication authentication) {
        return directory.find(authentication.getName()).map(UserView::of)
                .orElseThrow(() -> new NotFoundException("user", authentication.getName()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','TEAM_LEAD','CS_OPS')")
    List<UserView> all() {
        return directory.all().stream().map(UserView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    UserView create(@Valid @RequestBody NewUser user) {
        return UserView.of(directory.create(user));
    }

    record UserView(String username, String displayName, String email, Set<Role> roles, String teamLead, boolean enabled) {
        static UserView of(AppUser user) {
            return new UserView(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                    user.getTeamLead(), user.isEnabled());
        }
    }
}
