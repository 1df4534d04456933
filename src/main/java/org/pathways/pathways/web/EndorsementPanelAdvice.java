package org.pathways.pathways.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.pathways.catalog.CatalogApi;
import org.pathways.pathways.domain.Dashboards;
import org.pathways.people.PathwaysUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Adds the signed-in educator's standing to a catalog endorsement page (add, remove, ask for access),
 * so the catalog stays unaware of dashboards and the module dependency runs one way only.
 */
@ControllerAdvice(basePackages = "org.pathways.catalog.web")
class EndorsementPanelAdvice {

    private static final String ENDORSEMENT_PAGE = "/catalog/endorsements/";

    private final CatalogApi catalog;
    private final Dashboards dashboards;

    EndorsementPanelAdvice(CatalogApi catalog, Dashboards dashboards) {
        this.catalog = catalog;
        this.dashboards = dashboards;
    }

    @ModelAttribute
    void addPanel(HttpServletRequest request, @AuthenticationPrincipal PathwaysUser user, Model model) {
        if (user == null || !request.getRequestURI().startsWith(request.getContextPath() + ENDORSEMENT_PAGE)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String code = variables == null ? null : variables.get("code");
        if (code != null) {
            catalog.endorsement(code).ifPresent(e -> model.addAttribute("myPanel", dashboards.panel(user.educatorId(), e)));
        }
    }
}
