package org.pathways.catalog.web;

import java.util.List;
import java.util.Locale;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementGroup;
import org.pathways.catalog.MicroCredential;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The catalog as every signed-in person browses it. */
@Controller
class CatalogController {

    private static final int MAX_QUERY = 100;

    private final CatalogApi catalog;

    CatalogController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog")
    String catalog(@RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        List<EndorsementGroup> groups = filter(catalog.groups(), q.toLowerCase(Locale.ROOT));
        model.addAttribute("q", q);
        model.addAttribute("groups", groups);
        model.addAttribute("matches", groups.stream().mapToInt(g -> g.endorsements().size()).sum());
        return "catalog/index";
    }

    private List<EndorsementGroup> filter(List<EndorsementGroup> groups, String q) {
        if (q.isEmpty()) {
            return groups;
        }
        return groups.stream()
                .map(g -> new EndorsementGroup(g.code(), g.title(),
                        g.endorsements().stream().filter(e -> matches(e, q)).toList()))
                .filter(g -> !g.endorsements().isEmpty())
                .toList();
    }

    private boolean matches(Endorsement endorsement, String q) {
        return endorsement.title().toLowerCase(Locale.ROOT).contains(q)
                || catalog.microCredentialsOf(endorsement).stream()
                .anyMatch(mc -> mc.title().toLowerCase(Locale.ROOT).contains(q));
    }

    @GetMapping("/catalog/endorsements/{code}")
    String endorsement(@PathVariable String code, Model model) {
        Endorsement endorsement = catalog.endorsement(code).orElseThrow(CatalogController::notFound);
        model.addAttribute("endorsement", endorsement);
        model.addAttribute("required", endorsement.rule().required().stream().map(this::credential).toList());
        model.addAttribute("choices", endorsement.rule().chooseFrom().stream().map(this::credential).toList());
        model.addAttribute("prerequisite",
                endorsement.prerequisiteCode() == null ? null : catalog.endorsement(endorsement.prerequisiteCode())
                        .orElse(null));
        model.addAttribute("roles", catalog.rolesQualifiedBy(code));
        return "catalog/endorsement";
    }

    /**
     * The current version, or with {@code version} an earlier published one: the parts and rubric a
     * portfolio started on that version is scored against.
     */
    @GetMapping("/catalog/microcredentials/{code}")
    String microCredential(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
        MicroCredential current = catalog.microCredential(code).orElseThrow(CatalogController::notFound);
        MicroCredential credential = version == null ? current
                : catalog.microCredentialVersion(code, version).orElseThrow(CatalogController::notFound);
        model.addAttribute("credential", credential);
        model.addAttribute("current", current);
        model.addAttribute("endorsements", catalog.endorsementsUsing(code));
        return "catalog/microcredential";
    }

    private MicroCredential credential(String code) {
        return catalog.microCredential(code).orElseThrow(CatalogController::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
