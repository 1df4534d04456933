package org.pathways.reporting.demo;

import org.pathways.reporting.domain.ReportFigures;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With profile demo: refreshes the report figures once every other module has seeded its demo data,
 * so the reports show the demo district at once rather than after the first scheduled check.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class ReportingDemoData implements ApplicationRunner {

    private final ReportFigures figures;

    ReportingDemoData(ReportFigures figures) {
        this.figures = figures;
    }

    @Override
    public void run(ApplicationArguments args) {
        figures.refresh();
    }
}
