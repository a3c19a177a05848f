package org.steward.account;

import java.util.Set;

/**
 * Facts of these accounts changed: a batch of this kind inserted or updated rows of theirs (rows re-sent
 * unchanged do not count). Published in the transaction that stored the batch, so a
 * {@code @TransactionalEventListener} (phase AFTER_COMMIT, the default) hears it once the batch has
 * committed, and never for a batch that was rolled back.
 */
public record AccountFactsChanged(Set<String> accountExternalIds, FactKind kind) {

    public AccountFactsChanged {
        accountExternalIds = Set.copyOf(accountExternalIds);
    }
}
