package org.steward.scoring.facts;

/** Direction of the health score against its history; UNKNOWN without history. */
public enum TrendDirection { UP, FLAT, DOWN, UNKNOWN }
