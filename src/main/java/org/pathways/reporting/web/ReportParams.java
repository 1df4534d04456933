package org.pathways.reporting.web;

/**
 * The filters every report takes as query parameters, as they arrive: blank means "any", no school
 * year means the running one.
 */
record ReportParams(String schoolYear, String campus, String position, Integer band, String role) {

    ReportParams withoutSchoolYear() {
        return new ReportParams(null, campus, position, band, role);
    }
}
