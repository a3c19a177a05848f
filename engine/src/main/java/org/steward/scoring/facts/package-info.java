/**
 * The fact model Steward's rule sets see: plain Java records, no persistence. Inputs describe one
 * account on one day ({@link org.steward.scoring.facts.AccountProfile}, usage windows, contacts, open
 * tickets, NPS, overdue invoices, the CSM assessment, score history, {@link
 * org.steward.scoring.facts.ScoringParameters}); outputs are what the rules conclude (layer components
 * and scores, the health score, tier, trend, signals with evidence, the primary contact, the lifecycle
 * stage, playbook candidates and the chosen playbook). {@link org.steward.scoring.facts.RuleMath} holds
 * the small helpers rules may call. These types, with Steward's account enums and a short list of JDK
 * value types, are all an authored rule set may name. Other capabilities read them in
 * {@link org.steward.scoring.AssessmentChanged} (named interface {@code facts}).
 */
@org.springframework.modulith.NamedInterface("facts")
package org.steward.scoring.facts;
