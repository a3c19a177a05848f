package org.steward.account;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A CSM's own assessment of an account (1–10) with a note; key: account and date. */
public record AssessmentFact(
        @NotBlank @Size(max = 100) String accountExternalId,
        @NotNull LocalDate assessedOn,
        @NotNull @Min(1) @Max(10) Integer score,
        @Size(max = 100) String assessedBy,
        @Size(max = 2000) String note) {
}
