package org.steward.scoring.facts;

/** Health tier of an account; the score thresholds are parameters (green 70–100, yellow 40–69, red 0–39). */
public enum Tier { GREEN, YELLOW, RED }
