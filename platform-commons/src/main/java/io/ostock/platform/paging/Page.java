package io.ostock.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: the items, the total across all pages, and where this page sits. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, limit, offset);
    }
}
