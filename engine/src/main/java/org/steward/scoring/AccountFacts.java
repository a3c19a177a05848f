package org.steward.scoring;

import java.time.LocalDate;
import java.util.List;

/** The rule facts of one account on one day, ready to be evaluated (see {@link FactAssembler}). */
public record AccountFacts(String accountId, LocalDate asOf, List<Object> facts) {

    public AccountFacts {
        facts = List.copyOf(facts);
    }
}
