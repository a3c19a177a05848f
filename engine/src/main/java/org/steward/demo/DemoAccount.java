package org.steward.demo;

import org.steward.account.AccountFact;

/** One account of the demo book: the fact Steward stores, the usage shape behind it and its daily API limit. */
record DemoAccount(AccountFact fact, UsageShape shape, long apiLimit, int index) {

    String id() {
        return fact.externalId();
    }
}
