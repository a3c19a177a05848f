package org.steward.account;

import java.util.List;

/**
 * The next accounts of the book in id order; {@code lastId} is where the chunk after it starts (the same
 * {@code afterId} again when the chunk is empty, i.e. the book is read to its end).
 */
public record AccountChunk(List<BookAccount> accounts, long lastId) {

    public boolean isEmpty() {
        return accounts.isEmpty();
    }
}
