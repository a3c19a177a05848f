package org.steward.scoring;

import java.time.LocalDate;
import java.util.List;

import org.steward.scoring.facts.ScoringParameters;

/**
 * The rule facts of one account on one day, with the parameters of its segment, ready to be evaluated
 * (see {@link FactAssembler}).
 */
public record AccountFacts(String accountId, LocalDate asOf, ScoringParameters parameters, List<Object> facts) {

    public AccountFacts {
        facts = List.copyOf(facts);
    }
}
