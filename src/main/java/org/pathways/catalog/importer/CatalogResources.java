package org.pathways.catalog.importer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The catalog files shipped with Pathways. */
public final class CatalogResources {

    private CatalogResources() {
    }

    public static Resource catalog() {
        return new ClassPathResource("catalog/harmony-catalog.yaml");
    }

    public static Resource sampleContent() {
        return new ClassPathResource("catalog/sample-content.yaml");
    }

    public static Resource roles() {
        return new ClassPathResource("catalog/roles.yaml");
    }
}
