package org.pathways.people.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read with Apache Commons CSV (RFC 4180: quoted fields may hold
 * commas and line breaks; CRLF and LF both end a row). Checks the header against the expected
 * columns and hands each well-formed row on; structural problems become errors with a row number.
 */
final class CsvTable {

    static final int MAX_ROWS = 200_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    interface RowHandler {
        void row(int rowNumber, Row row);
    }

    private CsvTable() {
    }

    /** Reads the table; returns false when the file could not be read as far as its rows. */
    static boolean read(String part, byte[] bytes, List<String> required, Predicate<String> optional,
                        List<RosterError> errors, RowHandler handler) {
        if (bytes.length == 0) {
            errors.add(new RosterError(part, 0, null, "The file is empty."));
            return false;
        }
        String text = TextDecoding.decode(bytes);
        if (TextDecoding.looksBinary(text)) {
            errors.add(new RosterError(part, 0, null,
                    "This is not a CSV text file (it contains binary data). Export the roster as CSV and try again."));
            return false;
        }
        if (text.isBlank()) {
            errors.add(new RosterError(part, 0, null, "The file is empty."));
            return false;
        }
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = records.next();
            Map<String, Integer> columns = header(part, header, required, optional, errors);
            if (columns == null) {
                return false;
            }
            int width = header.size();
            int rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int rowNumber = (int) record.getRecordNumber();
                if (++rows > MAX_ROWS) {
                    errors.add(new RosterError(part, rowNumber, null, "The file has more than " + MAX_ROWS
                            + " rows; split it into smaller files."));
                    return false;
                }
                if (record.size() != width) {
                    errors.add(new RosterError(part, rowNumber, null, "This row has " + record.size()
                            + " values but the header has " + width + " columns."));
                    continue;
                }
                handler.row(rowNumber, new Row(part, rowNumber, record, columns, errors));
            }
            if (rows == 0) {
                errors.add(new RosterError(part, 0, null, "The file has a header row but no people."));
                return false;
            }
            return true;
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.add(new RosterError(part, 0, null, "The file is not valid CSV: " + plain(e)
                    + " Check for a quoted value whose closing quote is missing."));
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> header(String part, CSVRecord header, List<String> required,
                                               Predicate<String> optional, List<RosterError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        if (header.size() == 1 && header.get(0).contains(";")) {
            errors.add(new RosterError(part, 1, null, "The columns are separated by semicolons. Save the file as "
                    + "comma-separated CSV and upload it again."));
            return null;
        }
        int before = errors.size();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!required.contains(name) && !optional.test(name)) {
                errors.add(new RosterError(part, 1, name.isEmpty() ? "#" + (i + 1) : clip(name),
                        "Unexpected column \"" + clip(name) + "\". The columns are: " + String.join(", ", required)
                                + "."));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new RosterError(part, 1, name, "The column \"" + name + "\" appears twice."));
            }
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                errors.add(new RosterError(part, 1, name, "The column \"" + name + "\" is missing from the header row."));
            }
        }
        return errors.size() > before ? null : columns;
    }

    private static String plain(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.length() > 160 ? message.substring(0, 160) + "..." : message;
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** One data row; getters check the value and record an error naming row and column. */
    static final class Row {

        private final String part;
        private final int rowNumber;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final List<RosterError> errors;
        private int errorCount;

        private Row(String part, int rowNumber, CSVRecord record, Map<String, Integer> columns,
                    List<RosterError> errors) {
            this.part = part;
            this.rowNumber = rowNumber;
            this.record = record;
            this.columns = columns;
            this.errors = errors;
        }

        /** The trimmed value, or "" when the column is absent from this file. */
        String value(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.get(index).strip();
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }

        void error(String column, String message) {
            errors.add(new RosterError(part, rowNumber, column, message));
            errorCount++;
        }

        boolean valid() {
            return errorCount == 0;
        }

        String part() {
            return part;
        }

        int number() {
            return rowNumber;
        }
    }
}
