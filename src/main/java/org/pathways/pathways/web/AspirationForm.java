package org.pathways.pathways.web;

import java.util.List;
import org.pathways.pathways.domain.Aspiration;

/** The coaching-conversation questions as the form posts them. */
public record AspirationForm(Integer yearsOfExperience, Integer confidence, boolean stayAndLeadTeachers,
                      boolean curriculumAndAssessment, boolean enterAdministration, String notes,
                      List<String> targetRoles) {

    static AspirationForm from(Aspiration a) {
        return new AspirationForm(a.yearsOfExperience(), a.confidence(), a.stayAndLeadTeachers(),
                a.curriculumAndAssessment(), a.enterAdministration(), a.notes(), a.targetRoleCodes());
    }

    static AspirationForm empty() {
        return new AspirationForm(null, null, false, false, false, null, List.of());
    }

    /** The aspiration, or IllegalArgumentException with a message for the form. */
    Aspiration toAspiration() {
        if (yearsOfExperience == null) {
            throw new IllegalArgumentException("Enter your years of experience as a whole number.");
        }
        if (confidence == null) {
            throw new IllegalArgumentException("Pick how confident you feel as an instructor.");
        }
        return new Aspiration(yearsOfExperience, confidence, stayAndLeadTeachers, curriculumAndAssessment,
                enterAdministration, notes, targetRoles == null ? List.of() : targetRoles, null);
    }

    public boolean aims(String roleCode) {
        return targetRoles != null && targetRoles.contains(roleCode);
    }
}
