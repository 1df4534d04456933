package org.pathways.people.roster;

/**
 * One problem in a roster file: where it is (file part for a OneRoster bundle, row as a
 * spreadsheet numbers it, column) and what is wrong, in words an admin can act on.
 */
public record RosterError(String part, int row, String column, String message) {

    static RosterError ofFile(String message) {
        return new RosterError(null, 0, null, message);
    }

    public String location() {
        StringBuilder where = new StringBuilder();
        if (part != null) {
            where.append(part).append(' ');
        }
        if (row > 0) {
            where.append("row ").append(row);
        }
        if (column != null) {
            where.append(where.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return where.isEmpty() ? "file" : where.toString();
    }
}
