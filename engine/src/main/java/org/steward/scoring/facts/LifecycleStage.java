package org.steward.scoring.facts;

/** Where the account is in its contract: onboarding after signing, adopted, or in the renewal window. */
public enum LifecycleStage { ONBOARDING, ADOPTED, RENEWAL_WINDOW }
