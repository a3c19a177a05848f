package org.steward.scoring;

import java.util.List;

/** One page of a longer list: {@code page} counts from 0; {@code total} is the length of the whole list. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }
}
