package org.steward.account;

/** Market segment of an account. */
public enum Segment { ENTERPRISE, MID_MARKET, SMB }
