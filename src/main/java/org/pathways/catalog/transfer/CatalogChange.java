package org.pathways.catalog.transfer;

/** One line of an import preview, e.g. changed micro-credential 'teaching-phonics': rubric. */
public record CatalogChange(Kind kind, String type, String code, String title, String detail) {

    public enum Kind {
        ADDED("Added"), CHANGED("Changed"), RETIRED("Retired");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
