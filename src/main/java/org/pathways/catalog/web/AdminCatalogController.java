package org.pathways.catalog.web;

import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's overview of the catalog: everything that can be edited, with its status. */
@Controller
class AdminCatalogController {

    private final CatalogApi catalog;
    private final MicroCredentialAuthoring microCredentials;

    AdminCatalogController(CatalogApi catalog, MicroCredentialAuthoring microCredentials) {
        this.catalog = catalog;
        this.microCredentials = microCredentials;
    }

    @GetMapping("/admin/catalog")
    String index(Model model) {
        model.addAttribute("microCredentials", microCredentials.summaries());
        model.addAttribute("groups", catalog.groups());
        model.addAttribute("roles", catalog.roles());
        return "admin/catalog/index";
    }
}
