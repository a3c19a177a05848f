package org.steward.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An account as an integration sends it; {@code externalId} is the caller's key (e.g. the CRM id). */
public record AccountFact(
        @NotBlank @Size(max = 100) String externalId,
        @NotBlank @Size(max = 200) String name,
        @NotNull Segment segment,
        @NotBlank @Size(max = 100) String plan,
        @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal arr,
        @NotNull @PositiveOrZero Integer seatsPurchased,
        @NotNull LocalDate contractStart,
        @NotNull LocalDate renewalDate,
        @NotBlank @Size(max = 100) String csmOwner,
        @Size(max = 100) String teamLead,
        Map<@Size(max = 100) String, @Size(max = 1000) String> attributes) {
}
