package org.pathways.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.CatalogApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Role cards: "job descriptions of the future" and where each role leads. */
@Controller
class RoleController {

    private final CatalogApi catalog;

    RoleController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/roles")
    String roles(Model model) {
        Map<Integer, List<CareerRole>> byTier = catalog.roles().stream()
                .collect(Collectors.groupingBy(CareerRole::tier, TreeMap::new, Collectors.toList()));
        model.addAttribute("tiers", byTier.values());
        return "roles/index";
    }

    @GetMapping("/roles/{code}")
    String role(@PathVariable String code, Model model) {
        CareerRole role = catalog.role(code).orElseThrow(CatalogController::notFound);
        model.addAttribute("role", role);
        model.addAttribute("endorsement",
                role.endorsementCode() == null ? null : catalog.endorsement(role.endorsementCode()).orElse(null));
        model.addAttribute("nextRoles", role.nextRoleCodes().stream().map(catalog::role)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("previousRoles", catalog.rolesLeadingTo(code));
        return "roles/role";
    }
}
