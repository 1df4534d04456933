package org.pathways.pathways.web;

import java.util.List;
import org.pathways.catalog.CatalogApi;
import org.pathways.pathways.domain.Aspiration;
import org.pathways.pathways.domain.Aspirations;
import org.pathways.pathways.domain.CareerMaps;
import org.pathways.people.AppRole;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PathwaysUser;
import org.pathways.people.PeopleApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The career map with the educator's readiness, their aspirations, and the same view for their coach or leader. */
@Controller
class CareerMapController {

    private final CareerMaps maps;
    private final Aspirations aspirations;
    private final PeopleApi people;
    private final CatalogApi catalog;

    CareerMapController(CareerMaps maps, Aspirations aspirations, PeopleApi people, CatalogApi catalog) {
        this.maps = maps;
        this.aspirations = aspirations;
        this.people = people;
        this.catalog = catalog;
    }

    @GetMapping("/pathways")
    String myMap(@AuthenticationPrincipal PathwaysUser user, Model model) {
        EducatorProfile me = people.educator(user.educatorId()).orElseThrow(CareerMapController::notFound);
        model.addAttribute("subject", me);
        model.addAttribute("own", true);
        model.addAttribute("map", maps.of(me));
        return "pathways/career-map";
    }

    /**
     * Another educator's map and aspirations: for their campus leader and the coaches of their campus,
     * and for admins. Anyone else gets "not found", which says nothing about whether the person exists.
     */
    @GetMapping("/pathways/educators/{id}")
    String theirMap(@PathVariable long id, @AuthenticationPrincipal PathwaysUser user, Model model) {
        if (id == user.educatorId()) {
            return "redirect:/pathways";
        }
        EducatorProfile subject = people.educator(id).orElseThrow(CareerMapController::notFound);
        if (!maySee(user, subject)) {
            throw notFound();
        }
        model.addAttribute("subject", subject);
        model.addAttribute("own", false);
        model.addAttribute("map", maps.of(subject));
        return "pathways/career-map";
    }

    private boolean maySee(PathwaysUser viewer, EducatorProfile subject) {
        if (viewer.has(AppRole.ADMIN)) {
            return true;
        }
        if (!viewer.has(AppRole.CAMPUS_LEADER) && !viewer.has(AppRole.REVIEWER)) {
            return false;
        }
        return people.educator(viewer.educatorId()).map(v -> v.campusCode().equals(subject.campusCode()))
                .orElse(false);
    }

    @GetMapping("/pathways/aspirations")
    String aspirationForm(@AuthenticationPrincipal PathwaysUser user, Model model) {
        model.addAttribute("form", aspirations.of(user.educatorId()).map(AspirationForm::from)
                .orElse(AspirationForm.empty()));
        return aspirationPage(model);
    }

    @PostMapping("/pathways/aspirations")
    String saveAspirations(@RequestParam(defaultValue = "") String yearsOfExperience,
                           @RequestParam(defaultValue = "") String confidence,
                           @RequestParam(defaultValue = "false") boolean stayAndLeadTeachers,
                           @RequestParam(defaultValue = "false") boolean curriculumAndAssessment,
                           @RequestParam(defaultValue = "false") boolean enterAdministration,
                           @RequestParam(required = false) String notes,
                           @RequestParam(required = false) List<String> targetRoles,
                           @AuthenticationPrincipal PathwaysUser user, Model model, RedirectAttributes flash) {
        AspirationForm form = new AspirationForm(wholeNumber(yearsOfExperience), wholeNumber(confidence),
                stayAndLeadTeachers, curriculumAndAssessment, enterAdministration, notes,
                targetRoles == null ? List.of() : targetRoles);
        try {
            aspirations.save(user.educatorId(), form.toAspiration());
        } catch (IllegalArgumentException invalid) {
            model.addAttribute("error", invalid.getMessage());
            model.addAttribute("form", form);
            return aspirationPage(model);
        }
        flash.addFlashAttribute("flash", "Saved your aspirations. Your recommended micro-credentials follow them.");
        return "redirect:/pathways";
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String aspirationPage(Model model) {
        model.addAttribute("confidenceLevels", Aspiration.CONFIDENCE_LEVELS);
        model.addAttribute("roles", catalog.roles());
        return "pathways/aspirations";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
