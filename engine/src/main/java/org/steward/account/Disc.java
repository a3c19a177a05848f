package org.steward.account;

/** DISC communication style of a contact: Dominance, Influence, Steadiness, Conscientiousness. */
public enum Disc { D, I, S, C }
