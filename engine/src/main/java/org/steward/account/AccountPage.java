package org.steward.account;

import java.util.List;

/** One page of accounts (ordered by name), with the number of accounts that match the filters. */
record AccountPage(List<AccountFact> items, int page, int size, long total) {
}
