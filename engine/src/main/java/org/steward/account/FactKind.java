package org.steward.account;

/** The kinds of account facts Steward takes in, each with the record an integration sends. */
public enum FactKind {
    ACCOUNTS(AccountFact.class),
    CONTACTS(ContactFact.class),
    USAGE(UsageFact.class),
    TICKETS(TicketFact.class),
    NPS(NpsFact.class),
    INVOICES(InvoiceFact.class),
    ASSESSMENTS(AssessmentFact.class);

    private final Class<? extends Record> recordType;

    FactKind(Class<? extends Record> recordType) {
        this.recordType = recordType;
    }

    public Class<? extends Record> recordType() {
        return recordType;
    }
}
