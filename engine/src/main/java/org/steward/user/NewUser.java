package org.steward.user;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a user. */
public record NewUser(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold letters, digits and . _ @ - only") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 320) String email,
        @NotBlank @Size(min = 4, max = 200) String password,
        @NotEmpty Set<Role> roles,
        @Size(max = 100) String teamLead) {
}
