package org.steward.user;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Steward's users: who exists, with which roles, and creating them. */
@Service
public class UserDirectory {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserDirectory(AppUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    /** Of the given user names, those that no user has. */
    @Transactional(readOnly = true)
    public Set<String> unknown(Collection<String> usernames) {
        Set<String> known = users.findByUsernameIn(Set.copyOf(usernames)).stream()
                .map(AppUser::getUsername).collect(Collectors.toSet());
        return usernames.stream().filter(name -> !known.contains(name)).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    /** Creates a user; the password is stored as a BCrypt hash. */
    @Transactional
    public AppUser create(NewUser user) {
        if (users.existsByUsername(user.username())) {
            throw new UsernameTakenException(user.username());
        }
        return users.save(new AppUser(user.username(), user.displayName(), user.email(),
                passwords.encode(user.password()), user.roles(), user.teamLead(), clock.instant()));
    }

    /** Creates the user unless one of that name exists; returns the stored user either way. */
    @Transactional
    public AppUser ensure(NewUser user) {
        return users.findByUsername(user.username()).orElseGet(() -> create(user));
    }
}
