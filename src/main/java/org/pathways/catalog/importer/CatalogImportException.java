package org.pathways.catalog.importer;

import java.util.List;

/** A catalog file that cannot be imported; every problem is listed, and nothing was changed. */
public class CatalogImportException extends RuntimeException {

    private final List<String> problems;

    public CatalogImportException(List<String> problems) {
        super("The catalog was not imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogImportException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
