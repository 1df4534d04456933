package org.pathways.catalog.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the district's published catalog at start-up; a no-op when it is already imported. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "pathways.catalog.import-on-start", matchIfMissing = true)
class CatalogStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogStartupImport.class);

    private final CatalogImporter importer;

    CatalogStartupImport(CatalogImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        var result = importer.importCatalog(CatalogResources.catalog(), CatalogResources.sampleContent(),
                CatalogResources.roles(), "system");
        if (result.changed()) {
            log.info("Catalog imported: {} micro-credentials, {} endorsements in {} groups, {} roles",
                    result.microCredentials(), result.endorsements(), result.groups(), result.roles());
        }
    }
}
