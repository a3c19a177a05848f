package org.steward.account;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One NPS survey response (0–10); key: {@code externalId} (the survey tool's response id). */
public record NpsFact(
        @NotBlank @Size(max = 100) String externalId,
        @NotBlank @Size(max = 100) String accountExternalId,
        @Size(max = 100) String contactExternalId,
        @NotNull @Min(0) @Max(10) Integer score,
        @NotNull LocalDate respondedOn,
        @Size(max = 2000) String comment) {
}
