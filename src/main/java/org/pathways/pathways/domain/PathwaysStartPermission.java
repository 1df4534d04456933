package org.pathways.pathways.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.StartPermission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portfolio asks before a micro-credential is started: allowed when it counts toward at least one
 * endorsement the educator may work on (or toward none, as a stand-alone micro-credential).
 */
@Component
class PathwaysStartPermission implements StartPermission {

    private final CatalogApi catalog;
    private final EndorsementAccess access;

    PathwaysStartPermission(CatalogApi catalog, EndorsementAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(long educatorId, String microCredentialCode) {
        Optional<MicroCredential> credential = catalog.microCredential(microCredentialCode);
        if (credential.isEmpty()) {
            return Optional.of("There is no micro-credential with the code " + microCredentialCode + ".");
        }
        if (credential.get().status() != CredentialStatus.PUBLISHED) {
            return Optional.of(credential.get().title() + " is not open for new work.");
        }
        List<Endorsement> endorsements = catalog.endorsementsUsing(microCredentialCode);
        if (endorsements.isEmpty()) {
            return Optional.empty();
        }
        Standing standing = access.standing(educatorId);
        List<AccessDecision> decisions = endorsements.stream().map(e -> access.decide(e, standing)).toList();
        if (decisions.stream().anyMatch(AccessDecision::allowed)) {
            return Optional.empty();
        }
        String titles = endorsements.stream().map(Endorsement::title).collect(Collectors.joining(", "));
        return Optional.of(credential.get().title() + " counts toward " + titles + ". "
                + decisions.get(0).reason());
    }
}
