package org.steward.account;

/** Support ticket priority. */
public enum TicketPriority { LOW, NORMAL, HIGH, URGENT }
