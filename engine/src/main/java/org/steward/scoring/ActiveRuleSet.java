package org.steward.scoring;

/** The rule set accounts are scored with now: its version number in the rule-set store and its compiled form. */
public record ActiveRuleSet(int version, CompiledRuleSet rules) {
}
