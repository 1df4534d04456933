package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.domain.CatalogCache;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.AppStatements;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
class CatalogCacheTests implements PostgresTest {

    static final String CODE = "test-cached-conferences";
    static final String ADMIN = "admin@example.org";

    @Autowired
    MockMvc mvc;
    @Autowired
    MicroCredentialAuthoring authoring;
    @Autowired
    CatalogCache cache;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void removeTestData() {
        CatalogTestData.purge(jdbc, List.of(CODE), List.of(), List.of());
    }

    ResultActions page(String path) throws Exception {
        return page(path, users.loadUserByUsername("teacher@example.org"));
    }

    ResultActions page(String path, UserDetails teacher) throws Exception {
        return mvc.perform(get(path).with(user(teacher))).andExpect(status().isOk());
    }

    List<String> statementsFor(String path) throws Exception {
        UserDetails teacher = users.loadUserByUsername("teacher@example.org");
        page(path, teacher);
        return AppStatements.of(dataSource).during(() -> page(path, teacher));
    }

    @Test
    void aNewVersionIsOnThePageRightAfterItIsPublished() throws Exception {
        authoring.create(CODE, "Cached Conferences", CatalogTestData.content("Confers monthly", "Goal"), ADMIN);
        authoring.publish(CODE, null, ADMIN);
        page("/catalog/microcredentials/" + CODE).andExpect(content().string(containsString("Confers monthly")));

        authoring.saveDraft(CODE, authoring.editable(CODE).orElseThrow().rowVersion(), "Cached Conferences",
                CatalogTestData.content("Confers weekly", "Goal"), ADMIN);
        page("/catalog/microcredentials/" + CODE).andExpect(content().string(containsString("Confers monthly")));

        authoring.publish(CODE, "weekly", ADMIN);
        // Evicted when the publish committed: the cache itself holds the new version, no revision check needed.
        assertThat(cache.current().microCredentialsByCode().get(CODE).competency()).isEqualTo("Confers weekly");
        page("/catalog/microcredentials/" + CODE)
                .andExpect(content().string(containsString("Confers weekly")))
                .andExpect(content().string(not(containsString("Confers monthly"))));
    }

    @Test
    void retiringTakesTheMicroCredentialOutOfTheCachedCatalogAtOnce() {
        authoring.create(CODE, "Cached Conferences", CatalogTestData.content("Confers", "Goal"), ADMIN);
        authoring.publish(CODE, null, ADMIN);
        assertThat(cache.current().microCredentialsByCode().get(CODE).status()).isEqualTo(CredentialStatus.PUBLISHED);

        authoring.retire(CODE, ADMIN);

        assertThat(cache.current().microCredentialsByCode().get(CODE).status()).isEqualTo(CredentialStatus.RETIRED);
    }

    @Test
    void aChangeCommittedByAnotherAppNodeIsSeenOnTheNextRequest() throws Exception {
        authoring.create(CODE, "Cached Conferences", CatalogTestData.content("Confers", "Goal"), ADMIN);
        authoring.publish(CODE, null, ADMIN);
        page("/catalog/microcredentials/" + CODE).andExpect(content().string(containsString("Cached Conferences")));

        // What another node's edit leaves behind: new rows and a new revision, but no eviction here.
        jdbc.update("update micro_credential set title = 'Conferences Elsewhere' where code = ?", CODE);
        jdbc.update("update catalog_revision set revision = nextval('catalog_revision_number')");
        assertThat(cache.current().microCredentialsByCode().get(CODE).title()).isEqualTo("Cached Conferences");

        page("/catalog/microcredentials/" + CODE).andExpect(content().string(containsString("Conferences Elsewhere")));
    }

    @Test
    void aCatalogReadInsideARolledBackChangeIsNeverTakenForALaterRevision(
            @Autowired PlatformTransactionManager transactions, @Autowired CatalogApi catalog) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            authoring.create(CODE, "Rolled Back", CatalogTestData.content("Confers", "Goal"), ADMIN);
            authoring.publish(CODE, null, ADMIN);
            assertThat(catalog.microCredential(CODE)).isPresent();
            status.setRollbackOnly();
        });
        assertThat(catalog.microCredential(CODE)).isEmpty();

        transaction.executeWithoutResult(status -> {
            authoring.create(CODE, "Kept", CatalogTestData.content("Confers", "Goal"), ADMIN);
            authoring.publish(CODE, null, ADMIN);
        });
        assertThat(catalog.microCredential(CODE)).map(MicroCredential::title).contains("Kept");
    }

    @Test
    void catalogPagesCheckTheRevisionOnceAndReadNothingElseOnceCached() throws Exception {
        String revision = "select revision from catalog_revision where id = 1";
        assertThat(statementsFor("/catalog")).containsExactly(revision);
        assertThat(statementsFor("/roles/plc-leader")).containsExactly(revision);
        assertThat(statementsFor("/roles")).containsExactly(revision);
        assertThat(statementsFor("/catalog/microcredentials/behavioral-expectations")).containsExactly(revision);
        // the endorsement page adds the educator's own standing (pathways), read per request
        assertThat(statementsFor("/catalog/endorsements/ctc-1")).startsWith(revision)
                .filteredOn(revision::equals).hasSize(1);
    }
}
