package org.steward.account;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A support ticket from the support desk; key: {@code externalId}. */
public record TicketFact(
        @NotBlank @Size(max = 100) String externalId,
        @NotBlank @Size(max = 100) String accountExternalId,
        @Size(max = 300) String subject,
        @NotNull TicketPriority priority,
        @NotNull TicketStatus status,
        @NotNull LocalDate openedOn,
        LocalDate resolvedOn) {
}
