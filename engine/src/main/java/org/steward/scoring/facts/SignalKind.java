package org.steward.scoring.facts;

/** Churn signals warn of risk; expansion signals point at room to grow. */
public enum SignalKind { CHURN, EXPANSION }
