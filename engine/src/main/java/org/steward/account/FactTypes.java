package org.steward.account;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The fact type of each kind. */
@Component
class FactTypes {

    private final Map<FactKind, FactType<?>> types = new EnumMap<>(FactKind.class);

    FactTypes() {
        List.of(new AccountType(), new ContactType(), new UsageType(), new TicketType(), new NpsType(), new InvoiceType(),
                new AssessmentType()).forEach(type -> types.put(type.kind(), type));
    }

    FactType<?> of(FactKind kind) {
        return types.get(kind);
    }

    @SuppressWarnings("unchecked")
    <R extends Record> FactType<R> of(Class<R> type) {
        return (FactType<R>) types.values().stream().filter(t -> t.kind().recordType() == type).findFirst().orElseThrow();
    }
}
