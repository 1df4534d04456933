package org.pathways.portfolio.domain;

import java.util.List;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.StartPermission;

/** Used when no module supplies the access rules: refuses only what nobody may start. */
final class DefaultStartPermission implements StartPermission {

    private final CatalogApi catalog;

    DefaultStartPermission(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> refusal(long educatorId, String microCredentialCode) {
        Optional<MicroCredential> credential = catalog.microCredential(microCredentialCode);
        if (credential.isEmpty()) {
            return Optional.of("There is no micro-credential with that code.");
        }
        if (credential.get().status() != CredentialStatus.PUBLISHED) {
            return Optional.of("This micro-credential is not open for portfolios.");
        }
        List<Endorsement> endorsements = catalog.endorsementsUsing(microCredentialCode);
        if (!endorsements.isEmpty() && endorsements.stream().allMatch(e -> e.status() != EndorsementStatus.OPEN)) {
            return Optional.of("This micro-credential belongs only to micro-endorsements that are not open yet.");
        }
        return Optional.empty();
    }
}
