package org.steward.scoring;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An account's latest assessment and the day it entered its current tier (its first assessment in a row in it). */
public record CurrentHealth(LocalDate tierSince, @JsonUnwrapped HealthAssessment assessment) {
}
