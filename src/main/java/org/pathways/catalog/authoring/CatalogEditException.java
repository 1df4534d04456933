package org.pathways.catalog.authoring;

import java.util.List;

/** A catalog edit that was refused; nothing was changed. Each problem says what to fix. */
public class CatalogEditException extends RuntimeException {

    private final List<String> problems;

    public CatalogEditException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogEditException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
