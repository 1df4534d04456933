package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.domain.CatalogRevision;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
class CatalogCacheTests implements PostgresTest {

    @Autowired
    MicroCredentialAuthoring authoring;
    @Autowired
    CatalogRevision revision;
    @Autowired
    CatalogApi catalog;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCatalogReadInsideAChangeThatRolledBackIsNeverServedAfterwards() {
        String code = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long readAt = tx.execute(status -> {
            authoring.create(code, "Never committed", CatalogTestData.content("Confers", "Goal"), "admin@example.org");
            authoring.publish(code, null, "admin@example.org");
            assertThat(catalog.microCredential(code)).isPresent();
            status.setRollbackOnly();
            return revision.current();
        });

        tx.executeWithoutResult(status -> {
            // other changes take the counter back to the number the rolled-back catalog was read at
            while (revision.current() < readAt) {
                revision.bump();
            }
            assertThat(catalog.microCredential(code)).isEmpty();
            status.setRollbackOnly();
        });
        assertThat(catalog.microCredential(code)).isEmpty();
    }
}
