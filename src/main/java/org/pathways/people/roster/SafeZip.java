package org.pathways.people.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads chosen files out of an uploaded zip without trusting it: names that climb out of the
 * archive are refused, and the number of entries and the unpacked size are capped so a zip bomb
 * stops early instead of filling memory.
 */
final class SafeZip {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    static final class UnsafeZipException extends Exception {
        UnsafeZipException(String message) {
            super(message);
        }
    }

    private SafeZip() {
    }

    /** The wanted files (by lower-case name, at the top of the archive or in one folder), by that name. */
    static Map<String, byte[]> extract(byte[] zip, Set<String> wanted) throws UnsafeZipException {
        Map<String, byte[]> files = new HashMap<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnsafeZipException("The zip holds more than " + MAX_ENTRIES + " files.");
                }
                String name = entry.getName();
                if (!isSafe(name)) {
                    throw new UnsafeZipException("The zip contains a file named \"" + FieldRules.clip(name)
                            + "\", which points outside the archive. Such files are refused.");
                }
                String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                boolean inTopOrOneFolder = name.indexOf('/') == name.lastIndexOf('/');
                byte[] content = read(in, MAX_UNPACKED_BYTES - unpacked);
                unpacked += content.length;
                if (!entry.isDirectory() && inTopOrOneFolder && wanted.contains(base)) {
                    if (files.putIfAbsent(base, content) != null) {
                        throw new UnsafeZipException("The zip contains more than one " + base + ".");
                    }
                }
            }
        } catch (IOException e) {
            throw new UnsafeZipException("The file is not a readable zip archive. Upload the OneRoster export "
                    + "as the .zip file the roster system produced.");
        }
        if (entries == 0) {
            throw new UnsafeZipException("The file is not a zip archive, or the archive is empty.");
        }
        return files;
    }

    private static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read(InputStream in, long allowed) throws IOException, UnsafeZipException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > allowed) {
                throw new UnsafeZipException("The zip unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                        + " MB. Such archives are refused.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
