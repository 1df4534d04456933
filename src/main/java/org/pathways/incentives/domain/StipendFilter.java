package org.pathways.incentives.domain;

import org.pathways.shared.SchoolYear;

/** Which lines of a school year an admin looks at or approves; blank campus or code means all. */
public record StipendFilter(SchoolYear schoolYear, String campusCode, String microCredentialCode) {

    public StipendFilter {
        if (schoolYear == null) {
            throw new IllegalArgumentException("a school year is required");
        }
        campusCode = blankToNull(campusCode);
        microCredentialCode = blankToNull(microCredentialCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
