package org.steward.scoring;

import java.util.List;

/** What one evaluation produced: the names of the rules that fired, in order, and every fact at the end. */
public record RuleRun(List<String> rulesFired, List<Object> facts) {

    public RuleRun {
        rulesFired = List.copyOf(rulesFired);
        facts = List.copyOf(facts);
    }

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The single fact of {@code type}, or null; more than one is an error of the rule set. */
    public <T> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() > 1) {
            throw new IllegalStateException("the rule set produced " + found.size() + " " + type.getSimpleName()
                    + " facts, expected at most one");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
