package org.pathways.incentives.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as the district exchanges it: UTF-8, header row, RFC 4180 quoting, and text cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) prefixed with an
 * apostrophe. Numbers the application writes itself (amounts, hours) are passed through as numbers.
 */
final class SafeCsv implements AutoCloseable {

    private final CSVPrinter printer;

    SafeCsv(Writer out, String... header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell from people's data, made safe for spreadsheets. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** Prints a row; {@link String} cells are guarded, other values (numbers, dates) written as they are. */
    void row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] instanceof String s ? text(s) : cells[i];
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
