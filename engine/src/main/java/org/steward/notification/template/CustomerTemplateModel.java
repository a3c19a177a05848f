package org.steward.notification.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.steward.notification.CustomerAccount;
import org.steward.notification.CustomerContact;
import org.steward.notification.CustomerMessage;
import org.steward.notification.Measure;
import org.steward.notification.Signal;

/** The top-level variables of a customer-facing template. */
public record CustomerTemplateModel(CustomerAccount account, CustomerContact contact, Sender csm, Signal signal,
                                    List<Signal> otherSignals, List<Measure> highlights, Map<String, Object> extra, LocalDate today) {

    public static CustomerTemplateModel of(CustomerAccount account, CustomerContact contact, Sender csm, CustomerMessage message, LocalDate today) {
        return new CustomerTemplateModel(account, contact, csm, message.signal(), message.otherSignals(), message.highlights(), message.extra(), today);
    }
}
