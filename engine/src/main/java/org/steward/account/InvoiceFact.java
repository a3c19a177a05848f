package org.steward.account;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An invoice from billing; unpaid after {@code dueOn} means overdue. Key: {@code externalId}. */
public record InvoiceFact(
        @NotBlank @Size(max = 100) String externalId,
        @NotBlank @Size(max = 100) String accountExternalId,
        @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code") String currency,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate dueOn,
        LocalDate paidOn) {
}
