package org.pathways.reporting.domain;

import java.util.ArrayList;
import java.util.List;

/** Optional SQL conditions with their bind values, in order; column names never come from requests. */
final class SqlWhere {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    SqlWhere and(String condition, Object... values) {
        sql.append(" and ").append(condition);
        args.addAll(List.of(values));
        return this;
    }

    /** The conditions, each starting with {@code and}; empty when there are none. */
    String sql() {
        return sql.toString();
    }

    /** The given leading values, then this filter's. */
    Object[] args(Object... leading) {
        List<Object> all = new ArrayList<>(List.of(leading));
        all.addAll(args);
        return all.toArray();
    }
}
