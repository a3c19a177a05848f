package org.steward.notification;

import java.time.LocalDate;

/**
 * The account a customer-facing message is about. {@code csm} is the user name of the account's CSM, who
 * reviews the draft and in whose name it goes out.
 */
public record CustomerAccount(String externalId, String name, String plan, String csm, LocalDate renewalDate, Integer seatsPurchased) {
}
