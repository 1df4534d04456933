package org.pathways.reporting.domain;

import java.time.LocalDate;
import org.pathways.shared.SchoolYear;

/**
 * The filters every report takes as query parameters: a school year and, optionally, campus code,
 * position, pay band and a career role currently held. Blank text means "any".
 */
public record ReportFilter(SchoolYear schoolYear, String campus, String position, Integer band, String role) {

    public ReportFilter {
        if (schoolYear == null) {
            throw new IllegalArgumentException("A report needs a school year");
        }
        campus = blankToNull(campus);
        position = blankToNull(position);
        role = blankToNull(role);
        if (band != null && (band < 1 || band > 20)) {
            throw new IllegalArgumentException("A pay band is a number from 1 to 20");
        }
    }

    /** The same filters for one campus. */
    public ReportFilter withCampus(String campusCode) {
        return new ReportFilter(schoolYear, campusCode, position, band, role);
    }

    LocalDate firstDay() {
        return schoolYear.firstDay(SchoolYear.DEFAULT_START);
    }

    /** The first day of the next school year (exclusive upper bound). */
    LocalDate endDay() {
        return schoolYear.next().firstDay(SchoolYear.DEFAULT_START);
    }

    /** Conditions on an educator table aliased {@code e} joined to its campus {@code c}. */
    SqlWhere onEducator() {
        return where("e.id", "c.code", "e.position", "e.pay_band");
    }

    /**
     * Conditions on a per-educator figure view aliased {@code f} (educator_id, campus_id, position, pay_band)
     * joined to its campus {@code c}.
     */
    SqlWhere onFigures() {
        return where("f.educator_id", "c.code", "f.position", "f.pay_band");
    }

    /** Conditions on stipend lines aliased {@code l}, which record campus, position and band as decided. */
    SqlWhere onStipendLine() {
        return where("l.educator_id", "l.campus_code", "l.position", "l.pay_band");
    }

    private SqlWhere where(String educatorId, String campusCode, String positionColumn, String bandColumn) {
        SqlWhere where = new SqlWhere();
        if (campus != null) {
            where.and(campusCode + " = ?", campus);
        }
        if (position != null) {
            where.and(positionColumn + " = ?", position);
        }
        if (band != null) {
            where.and(bandColumn + " = ?", band);
        }
        if (role != null) {
            where.and("exists (select 1 from held_role h join career_role r on r.id = h.role_id where h.educator_id = "
                    + educatorId + " and h.until is null and r.code = ?)", role);
        }
        return where;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
