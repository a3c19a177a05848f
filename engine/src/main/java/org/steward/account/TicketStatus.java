package org.steward.account;

/** Support ticket status; RESOLVED and CLOSED count as done. */
public enum TicketStatus { OPEN, PENDING, RESOLVED, CLOSED }
