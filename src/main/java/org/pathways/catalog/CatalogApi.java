package org.pathways.catalog;

import java.util.List;
import java.util.Optional;
import org.pathways.catalog.authoring.MicroCredentialVersions;
import org.pathways.catalog.domain.Catalog;
import org.pathways.catalog.domain.CatalogFreshness;
import org.springframework.stereotype.Service;

/** The catalog as other modules and pages read it: endorsements, micro-credentials and roles. */
@Service
public class CatalogApi {

    private final CatalogFreshness freshness;
    private final MicroCredentialVersions versions;

    CatalogApi(CatalogFreshness freshness, MicroCredentialVersions versions) {
        this.freshness = freshness;
        this.versions = versions;
    }

    public List<EndorsementGroup> groups() {
        return catalog().groups();
    }

    public List<Endorsement> endorsements() {
        return catalog().endorsements();
    }

    public Optional<Endorsement> endorsement(String code) {
        return Optional.ofNullable(catalog().endorsementsByCode().get(code));
    }

    public List<MicroCredential> microCredentials() {
        return catalog().microCredentials();
    }

    public Optional<MicroCredential> microCredential(String code) {
        return Optional.ofNullable(catalog().microCredentialsByCode().get(code));
    }

    /** The micro-credentials of an endorsement's rule, required ones first, in catalog order. */
    public List<MicroCredential> microCredentialsOf(Endorsement endorsement) {
        var byCode = catalog().microCredentialsByCode();
        return endorsement.rule().allCodes().stream().map(byCode::get).toList();
    }

    /** Endorsements whose rule lists the micro-credential. */
    public List<Endorsement> endorsementsUsing(String microCredentialCode) {
        return catalog().endorsements().stream().filter(e -> e.rule().mentions(microCredentialCode)).toList();
    }

    public List<CareerRole> roles() {
        return catalog().roles();
    }

    public Optional<CareerRole> role(String code) {
        return Optional.ofNullable(catalog().rolesByCode().get(code));
    }

    /** Roles for which the endorsement qualifies; holders of these may add a role-gated endorsement. */
    public List<CareerRole> rolesQualifiedBy(String endorsementCode) {
        return catalog().roles().stream().filter(r -> endorsementCode.equals(r.endorsementCode())).toList();
    }

    /** Roles that lead to the given role on the career map. */
    public List<CareerRole> rolesLeadingTo(String roleCode) {
        return catalog().roles().stream().filter(r -> r.nextRoleCodes().contains(roleCode)).toList();
    }

    /**
     * A published version of a micro-credential, current or not: the parts and rubric a submission
     * started on. Published versions never change, so this is safe to show long after.
     */
    public Optional<MicroCredential> microCredentialVersion(String code, int version) {
        MicroCredential current = catalog().microCredentialsByCode().get(code);
        if (current != null && current.version() == version) {
            return Optional.of(current);
        }
        return versions.published(code, version);
    }

    private Catalog catalog() {
        return freshness.catalog();
    }
}
