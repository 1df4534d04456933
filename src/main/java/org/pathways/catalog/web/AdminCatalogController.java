package org.pathways.catalog.web;

import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredentialTrends;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's overview of the catalog: everything that can be edited, with its status. */
@Controller
class AdminCatalogController {

    private final CatalogApi catalog;
    private final MicroCredentialAuthoring microCredentials;
    private final ObjectProvider<MicroCredentialTrends> trends;

    AdminCatalogController(CatalogApi catalog, MicroCredentialAuthoring microCredentials,
                           ObjectProvider<MicroCredentialTrends> trends) {
        this.catalog = catalog;
        this.microCredentials = microCredentials;
        this.trends = trends;
    }

    @GetMapping("/admin/catalog")
    String index(Model model) {
        model.addAttribute("microCredentials", microCredentials.summaries());
        MicroCredentialTrends source = trends.getIfAvailable();
        model.addAttribute("trends", source == null ? null : source.summaries());
        model.addAttribute("noTrend", MicroCredentialTrends.Summary.NONE);
        model.addAttribute("groups", catalog.groups());
        model.addAttribute("roles", catalog.roles());
        return "admin/catalog/index";
    }
}
