package org.steward.scoring;

import java.time.LocalDate;
import java.util.Map;

import org.steward.account.Segment;
import org.steward.scoring.facts.SignalKind;

/**
 * A signal an account carries now: raised on {@code raisedOn} by assessment {@code raisedBy}, with the
 * evidence it was raised with (the account's health shows today's numbers), not cleared since.
 */
public record ActiveSignal(
        String accountExternalId,
        String accountName,
        Segment segment,
        SignalKind kind,
        String code,
        String summary,
        Map<String, Object> evidence,
        LocalDate raisedOn,
        long raisedBy) {
}
