package org.steward.account;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One day of product usage of an account (optionally of one team in it); key: account, date, team. */
public record UsageFact(
        @NotBlank @Size(max = 100) String accountExternalId,
        @NotNull LocalDate date,
        @NotNull @PositiveOrZero Integer activeUsers,
        @NotNull @PositiveOrZero Integer logins,
        List<@NotBlank @Size(max = 100) String> featuresUsed,
        @NotNull @PositiveOrZero Long apiCalls,
        @PositiveOrZero Long apiLimit,
        @NotNull @PositiveOrZero Integer seatsUsed,
        @Size(max = 100) String team) {
}
