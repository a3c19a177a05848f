package org.steward.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person at an account; {@code champion} marks the customer's internal advocate. */
public record ContactFact(
        @NotBlank @Size(max = 100) String externalId,
        @NotBlank @Size(max = 100) String accountExternalId,
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @Size(max = 200) String role,
        @NotNull Boolean champion,
        Disc disc,
        @NotNull Boolean active) {
}
