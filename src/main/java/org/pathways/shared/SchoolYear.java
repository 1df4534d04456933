package org.pathways.shared;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year named by the calendar years it spans, e.g. {@code 2025-2026}. Which dates belong to
 * it depends on the day the year starts (1 August unless a policy says otherwise).
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    public static final MonthDay DEFAULT_START = MonthDay.of(8, 1);

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public SchoolYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("school year out of range: " + startYear);
        }
    }

    /** Parses {@code 2025-2026}; the second year must follow the first. */
    public static SchoolYear parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new IllegalArgumentException("A school year is written like 2025-2026");
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    /** The school year a date falls in, for years starting on {@code start}. */
    public static SchoolYear containing(LocalDate date, MonthDay start) {
        SchoolYear startingThisCalendarYear = new SchoolYear(date.getYear());
        return date.isBefore(startingThisCalendarYear.firstDay(start)) ? startingThisCalendarYear.previous()
                : startingThisCalendarYear;
    }

    /** The school year a date falls in, for years starting on 1 August. */
    public static SchoolYear containing(LocalDate date) {
        return containing(date, DEFAULT_START);
    }

    public LocalDate firstDay(MonthDay start) {
        return start.atYear(startYear);
    }

    /** The day before the next school year starts. */
    public LocalDate lastDay(MonthDay start) {
        return next().firstDay(start).minusDays(1);
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
