package org.pathways.reporting.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes query results as CSV straight to the response: a read-only transaction lets PostgreSQL hand
 * rows over through a cursor, a batch at a time, so memory stays flat however many rows there are.
 * RFC 4180 quoting; text cells a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
@Component
class CsvStreamer {

    static final int FETCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    CsvStreamer(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Cells of one CSV row read from the current result set row. */
    interface Row {
        Object[] cells(ResultSet rs) throws SQLException;
    }

    void stream(OutputStream out, String[] header, String sql, Object[] args, Row row) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        readOnly.executeWithoutResult(status -> jdbc.query(sql, (ResultSet rs) -> {
            try {
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
                while (rs.next()) {
                    printer.printRecord(guarded(row.cells(rs)));
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }, args));
    }

    private static Object[] guarded(Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof String text) {
                cells[i] = safeText(text);
            }
        }
        return cells;
    }

    /** A text cell made safe for spreadsheets; numbers and dates the application writes pass as they are. */
    static String safeText(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
