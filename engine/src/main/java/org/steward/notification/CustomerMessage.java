package org.steward.notification;

import java.util.List;
import java.util.Map;

/**
 * What a customer-facing message says beyond who it is to: the signal that triggered the play step (its
 * evidence is what the message quotes), other signals on the account, highlights worth mentioning (value
 * delivered, milestones) and {@code extra} values a template may use by name.
 */
public record CustomerMessage(Signal signal, List<Signal> otherSignals, List<Measure> highlights, Map<String, Object> extra) {

    public CustomerMessage {
        otherSignals = otherSignals == null ? List.of() : List.copyOf(otherSignals);
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static CustomerMessage about(Signal signal) {
        return new CustomerMessage(signal, List.of(), List.of(), Map.of());
    }
}
