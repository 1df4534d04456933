package org.pathways.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PathwaysUser;
import org.pathways.people.PeopleApi;
import org.pathways.reporting.domain.CpeReport;
import org.pathways.reporting.domain.EngagementReport;
import org.pathways.reporting.domain.PopulationFilter;
import org.pathways.reporting.domain.PopulationReport;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Central-office reports as pages and, with {@code .csv} on the same path, as streamed CSV. */
@Controller
@RequestMapping("/reports")
class ReportsController {

    private final ReportScope scope;
    private final ReportOptions options;
    private final StipendReport stipends;
    private final CpeReport cpe;
    private final EngagementReport engagement;
    private final PopulationReport population;
    private final PeopleApi people;

    ReportsController(ReportScope scope, ReportOptions options, StipendReport stipends, CpeReport cpe,
                      EngagementReport engagement, PopulationReport population, PeopleApi people) {
        this.scope = scope;
        this.options = options;
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

    @GetMapping("/stipends")
    String stipends(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String schoolYear,
                    @RequestParam(required = false) String campus, @RequestParam(required = false) String position,
                    @RequestParam(required = false) Integer band, @RequestParam(required = false) String role,
                    HttpServletRequest request, Model model) {
        ReportFilter filter = scope.filter(user, schoolYear, campus, position, band, role);
        model.addAttribute("report", stipends.run(filter));
        return page("stipends", user, filter, request, model);
    }

    @GetMapping("/stipends.csv")
    void stipendsCsv(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String schoolYear,
                     @RequestParam(required = false) String campus, @RequestParam(required = false) String position,
                     @RequestParam(required = false) Integer band, @RequestParam(required = false) String role,
                     HttpServletResponse response) throws IOException {
        ReportFilter filter = scope.filter(user, schoolYear, campus, position, band, role);
        stipends.writeCsv(filter, csv(response, "stipends-" + filter.schoolYear()));
    }

    @GetMapping("/cpe")
    String cpe(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String schoolYear,
               @RequestParam(required = false) String campus, @RequestParam(required = false) String position,
               @RequestParam(required = false) Integer band, @RequestParam(required = false) String role,
               HttpServletRequest request, Model model) {
        ReportFilter filter = scope.filter(user, schoolYear, campus, position, band, role);
        model.addAttribute("report", cpe.run(filter));
        return page("cpe", user, filter, request, model);
    }

    @GetMapping("/cpe.csv")
    void cpeCsv(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String schoolYear,
                @RequestParam(required = false) String campus, @RequestParam(required = false) String position,
                @RequestParam(required = false) Integer band, @RequestParam(required = false) String role,
                HttpServletResponse response) throws IOException {
        ReportFilter filter = scope.filter(user, schoolYear, campus, position, band, role);
        cpe.writeCsv(filter, csv(response, "cpe-" + filter.schoolYear()));
    }

    @GetMapping("/engagement")
    String engagement(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String schoolYear,
                      @RequestParam(required = false) String campus, @RequestParam(required = false) String position,
                      @RequestParam(required = false) Integer band, @RequestParam(required = false) String role,
                      HttpServletRequest request, Model model) {
        ReportFilter filter = scope.filter(user, schoolYear, campus, position, band, role);
        model.addAttribute("report", engagement.run(filter, scope.today()));
        return page("engagement", user, filter, request, model);
    }

    @GetMapping("/engagement.csv")
    void engagementCsv(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String schoolYear,
                       @RequestParam(required = false) String campus, @RequestParam(required = false) String position,
                       @RequestParam(required = false) Integer band, @RequestParam(required = false) String role,
                       HttpServletResponse response) throws IOException {
        ReportFilter filter = scope.filter(user, schoolYear, campus, position, band, role);
        engagement.writeCsv(filter, csv(response, "engagement-" + filter.schoolYear()));
    }

    @GetMapping("/people")
    String people(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String campus,
                  @RequestParam(required = false) String position, @RequestParam(required = false) Integer band,
                  @RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int minEarned,
                  @RequestParam(defaultValue = "false") boolean noLeaderRole,
                  @RequestParam(defaultValue = "0") int minYears, HttpServletRequest request, Model model) {
        PopulationFilter filter = population(user, campus, position, band, role, minEarned, noLeaderRole, minYears);
        model.addAttribute("report", population.run(filter, scope.today()));
        return page("people", user, filter.base(), request, model);
    }

    @GetMapping("/people.csv")
    void peopleCsv(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String campus,
                   @RequestParam(required = false) String position, @RequestParam(required = false) Integer band,
                   @RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int minEarned,
                   @RequestParam(defaultValue = "false") boolean noLeaderRole,
                   @RequestParam(defaultValue = "0") int minYears, HttpServletResponse response) throws IOException {
        PopulationFilter filter = population(user, campus, position, band, role, minEarned, noLeaderRole, minYears);
        population.writeCsv(filter, scope.today(), csv(response, "people"));
    }

    @GetMapping("/people/{educatorId}")
    String educator(@AuthenticationPrincipal PathwaysUser user, @PathVariable long educatorId, Model model) {
        EducatorProfile profile = people.educator(educatorId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        scope.filter(user, null, profile.campusCode(), null, null, null);
        model.addAttribute("educator", profile);
        model.addAttribute("earned", population.earned(educatorId));
        return "reporting/educator";
    }

    private PopulationFilter population(PathwaysUser user, String campus, String position, Integer band, String role,
                                        int minEarned, boolean noLeaderRole, int minYears) {
        ReportFilter base = scope.filter(user, null, campus, position, band, role);
        try {
            return new PopulationFilter(base, minEarned, noLeaderRole, minYears);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private String page(String report, PathwaysUser user, ReportFilter filter, HttpServletRequest request,
                        Model model) {
        SchoolYear year = filter.schoolYear();
        model.addAttribute("filter", filter);
        model.addAttribute("allCampuses", scope.seesAllCampuses(user));
        model.addAttribute("choices", options.choices());
        model.addAttribute("years", java.util.List.of(year.next(), year, year.previous(), year.previous().previous()));
        model.addAttribute("csvHref", "/reports/" + report + ".csv"
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "reporting/" + report;
    }

    private static OutputStream csv(HttpServletResponse response, String name) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        return response.getOutputStream();
    }
}
