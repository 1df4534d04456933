package org.pathways.pathways.web;

import java.util.List;
import org.pathways.catalog.Access;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.pathways.domain.CatalogSnapshot;
import org.pathways.pathways.domain.Dashboards;
import org.pathways.people.AppRole;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PathwaysUser;
import org.pathways.people.PeopleApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Each persona's home page: a section per app role the person holds. */
@Controller
class HomeController {

    private final PeopleApi people;
    private final CatalogApi catalog;
    private final Dashboards dashboards;

    HomeController(PeopleApi people, CatalogApi catalog, Dashboards dashboards) {
        this.people = people;
        this.catalog = catalog;
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PathwaysUser user, Model model) {
        EducatorProfile me = people.educator(user.educatorId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("me", me);
        model.addAttribute("heldRoles", catalog.roles().stream().filter(r -> me.holds(r.code())).toList());
        model.addAttribute("openToMe", endorsementsOpenTo(me));
        if (user.has(AppRole.EDUCATOR)) {
            model.addAttribute("dashboard", dashboards.of(me));
        }
        model.addAttribute("isReviewer", user.has(AppRole.REVIEWER));
        model.addAttribute("isLeader", user.has(AppRole.CAMPUS_LEADER));
        model.addAttribute("isAdmin", user.has(AppRole.ADMIN));
        if (user.has(AppRole.CAMPUS_LEADER)) {
            model.addAttribute("campus", people.campusStaff(user.campusId()).orElse(null));
        }
        if (user.has(AppRole.REVIEWER)) {
            model.addAttribute("microCredentialCount", catalog.microCredentials().size());
        }
        if (user.has(AppRole.ADMIN)) {
            addDistrictFigures(model);
        }
        return "home/index";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        addDistrictFigures(model);
        return "home/admin";
    }

    private void addDistrictFigures(Model model) {
        model.addAttribute("district", people.districtCounts());
        model.addAttribute("endorsementCount", catalog.endorsements().size());
        model.addAttribute("openEndorsementCount",
                catalog.endorsements().stream().filter(e -> e.status() == EndorsementStatus.OPEN).count());
        model.addAttribute("groupCount", catalog.groups().size());
        model.addAttribute("microCredentialCount", catalog.microCredentials().size());
        model.addAttribute("roleCount", catalog.roles().size());
    }

    /** Open endorsements the educator may add now: all-access ones and those gated by a role they hold. */
    private List<Endorsement> endorsementsOpenTo(EducatorProfile me) {
        CatalogSnapshot snapshot = CatalogSnapshot.of(catalog);
        return snapshot.endorsements().values().stream()
                .filter(e -> e.status() == EndorsementStatus.OPEN)
                .filter(e -> e.access() == Access.ALL_ACCESS || snapshot.rolesQualifiedBy(e.code()).stream()
                        .map(CareerRole::code).anyMatch(me::holds))
                .toList();
    }
}
