package org.pathways.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PathwaysUser;
import org.pathways.people.PeopleApi;
import org.pathways.reporting.domain.CpeReport;
import org.pathways.reporting.domain.EngagementReport;
import org.pathways.reporting.domain.PopulationFilter;
import org.pathways.reporting.domain.PopulationReport;
import org.pathways.reporting.domain.ReportFigures;
import org.pathways.reporting.domain.ReportFilter;
import org.pathways.reporting.domain.ReportOptions;
import org.pathways.reporting.domain.StipendReport;
import org.pathways.shared.SchoolYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Central-office reports as pages and, with {@code .csv} on the same path, as streamed CSV. Every
 * report takes the same filters ({@link ReportParams}), narrowed by {@link ReportScope} to what the
 * signed-in person may see.
 */
@Controller
@RequestMapping("/reports")
class ReportsController {

    private final ReportScope scope;
    private final ReportOptions options;
    private final ReportFigures figures;
    private final StipendReport stipends;
    private final CpeReport cpe;
    private final EngagementReport engagement;
    private final PopulationReport population;
    private final PeopleApi people;

    ReportsController(ReportScope scope, ReportOptions options, ReportFigures figures, StipendReport stipends,
                      CpeReport cpe, EngagementReport engagement, PopulationReport population, PeopleApi people) {
        this.scope = scope;
        this.options = options;
        this.figures = figures;
        this.stipends = stipends;
        this.cpe = cpe;
        this.engagement = engagement;
        this.population = population;
        this.people = people;
    }

    @GetMapping
    String index() {
        return "redirect:/reports/engagement";
    }

    @GetMapping("/{report:stipends|cpe|engagement}")
    String report(@PathVariable String report, @AuthenticationPrincipal PathwaysUser user, ReportParams params,
                  HttpServletRequest request, Model model) {
        ReportFilter filter = scope.filter(user, params);
        model.addAttribute("report", switch (report) {
            case "stipends" -> stipends.run(filter);
            case "cpe" -> cpe.run(filter);
            default -> engagement.run(filter, scope.today());
        });
        // A career role filter is answered live, everything else from the refreshed figures.
        model.addAttribute("figuresAsOf", filter.role() == null ? scope.local(figures.asOf()) : null);
        return page(report, user, filter, request, model);
    }

    @GetMapping("/{report:stipends|cpe|engagement}.csv")
    void reportCsv(@PathVariable String report, @AuthenticationPrincipal PathwaysUser user, ReportParams params,
                   HttpServletResponse response) throws IOException {
        ReportFilter filter = scope.filter(user, params);
        OutputStream out = csv(response, report + "-" + filter.schoolYear());
        switch (report) {
            case "stipends" -> stipends.writeCsv(filter, out);
            case "cpe" -> cpe.writeCsv(filter, out);
            default -> engagement.writeCsv(filter, out);
        }
    }

    @GetMapping("/engagement/reviewers.csv")
    void reviewersCsv(@AuthenticationPrincipal PathwaysUser user, ReportParams params, HttpServletResponse response)
            throws IOException {
        ReportFilter filter = scope.filter(user, params);
        engagement.writeReviewersCsv(filter, csv(response, "reviewers-" + filter.schoolYear()));
    }

    /** Refreshes the figures now (admins), then shows the report the button was pressed on. */
    @PostMapping("/refresh")
    String refresh(@AuthenticationPrincipal PathwaysUser user, @RequestParam(defaultValue = "engagement") String report) {
        if (!scope.seesAllCampuses(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only administrators refresh the figures.");
        }
        figures.refresh();
        return "redirect:/reports/" + (List.of("stipends", "cpe").contains(report) ? report : "engagement");
    }

    @GetMapping("/people")
    String people(@AuthenticationPrincipal PathwaysUser user, ReportParams params, PopulationParams populationParams,
                  HttpServletRequest request, Model model) {
        PopulationFilter filter = population(user, params, populationParams);
        model.addAttribute("report", population.run(filter, scope.today()));
        return page("people", user, filter.base(), request, model);
    }

    @GetMapping("/people.csv")
    void peopleCsv(@AuthenticationPrincipal PathwaysUser user, ReportParams params, PopulationParams populationParams,
                   HttpServletResponse response) throws IOException {
        PopulationFilter filter = population(user, params, populationParams);
        population.writeCsv(filter, scope.today(), csv(response, "people"));
    }

    @GetMapping("/people/{educatorId}")
    String educator(@AuthenticationPrincipal PathwaysUser user, @PathVariable long educatorId, Model model) {
        EducatorProfile profile = people.educator(educatorId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        scope.filter(user, new ReportParams(null, profile.campusCode(), null, null, null));
        model.addAttribute("educator", profile);
        model.addAttribute("earned", population.earned(educatorId));
        return "reporting/educator";
    }

    /** The extra filters of the target-population report; a population is not tied to a school year. */
    record PopulationParams(Integer minEarned, Boolean noLeaderRole, Integer minYears) {
    }

    private PopulationFilter population(PathwaysUser user, ReportParams params, PopulationParams more) {
        ReportFilter base = scope.filter(user, params.withoutSchoolYear());
        try {
            return new PopulationFilter(base, more.minEarned() == null ? 0 : more.minEarned(),
                    Boolean.TRUE.equals(more.noLeaderRole()), more.minYears() == null ? 0 : more.minYears());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private String page(String report, PathwaysUser user, ReportFilter filter, HttpServletRequest request,
                        Model model) {
        SchoolYear year = filter.schoolYear();
        model.addAttribute("current", report);
        model.addAttribute("filter", filter);
        model.addAttribute("allCampuses", scope.seesAllCampuses(user));
        model.addAttribute("choices", options.choices());
        model.addAttribute("years", List.of(year.next(), year, year.previous(), year.previous().previous()));
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        model.addAttribute("query", query);
        model.addAttribute("csvHref", "/reports/" + report + ".csv" + query);
        return "reporting/" + report;
    }

    private static OutputStream csv(HttpServletResponse response, String name) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        return response.getOutputStream();
    }
}
