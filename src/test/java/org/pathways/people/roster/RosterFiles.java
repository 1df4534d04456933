package org.pathways.people.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds roster files for tests: HR CSV rows and OneRoster bundles. */
final class RosterFiles {

    static final String HR_HEADER = "employee_id,first_name,last_name,email,campus_code,position,pay_band,hire_date,active";

    private final List<String> lines = new ArrayList<>();
    private String lineEnd = "\n";

    private RosterFiles(String header) {
        lines.add(header);
    }

    static RosterFiles hr() {
        return new RosterFiles(HR_HEADER);
    }

    static RosterFiles withHeader(String header) {
        return new RosterFiles(header);
    }

    RosterFiles person(String employeeId, String first, String last, String campus, String position, int band) {
        return line(String.join(",", employeeId, first, last, email(first, last, employeeId), campus, position,
                String.valueOf(band), "2020-08-15", "true"));
    }

    RosterFiles line(String line) {
        lines.add(line);
        return this;
    }

    RosterFiles crlf() {
        lineEnd = "\r\n";
        return this;
    }

    String text() {
        return String.join(lineEnd, lines) + lineEnd;
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    byte[] bytes(Charset charset) {
        return text().getBytes(charset);
    }

    static String email(String first, String last, String employeeId) {
        return (first + "." + last + "." + employeeId).toLowerCase(java.util.Locale.ROOT) + "@roster.example.org";
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> entries(Object... nameAndContent) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            Object content = nameAndContent[i + 1];
            map.put((String) nameAndContent[i], content instanceof byte[] b ? b
                    : content.toString().getBytes(StandardCharsets.UTF_8));
        }
        return map;
    }
}
