package org.pathways.pathways.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementRule;
import org.pathways.pathways.EndorsementProgress;
import org.pathways.people.EducatorProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an educator's dashboard with a fixed number of queries, however many endorsements and
 * credentials they have: the catalog is in memory, everything else is read as one list each.
 */
@Service
public class Dashboards {

    static final int NEXT_STEPS = 5;

    private final CatalogApi catalog;
    private final EndorsementAccess access;
    private final EarnedCredentials credentials;
    private final AccessRequests requests;
    private final Aspirations aspirations;
    private final Completions completions;

    Dashboards(CatalogApi catalog, EndorsementAccess access, EarnedCredentials credentials, AccessRequests requests,
               Aspirations aspirations, Completions completions) {
        this.catalog = catalog;
        this.access = access;
        this.credentials = credentials;
        this.requests = requests;
        this.aspirations = aspirations;
        this.completions = completions;
    }

    @Transactional(readOnly = true)
    public Dashboard of(EducatorProfile me) {
        CatalogSnapshot snapshot = CatalogSnapshot.of(catalog);
        List<EarnedCredentials.Earned> earned = credentials.earned(me.id());
        Set<String> earnedCodes = earned.stream().map(EarnedCredentials.Earned::microCredentialCode)
                .collect(Collectors.toSet());
        List<EarnedCredentials.InProgress> working = credentials.inProgress(me.id());
        Set<String> workingCodes = working.stream().map(EarnedCredentials.InProgress::microCredentialCode)
                .collect(Collectors.toSet());
        List<Dashboard.Card> cards = cards(snapshot, access.enrolledCodesInOrder(me.id()), earnedCodes);
        List<NextCredentials.Goal> goals = new ArrayList<>();
        cards.stream().filter(c -> !c.complete())
                .forEach(c -> goals.add(new NextCredentials.Goal(c.endorsement().title(), c.endorsement().rule())));
        goals.addAll(roleGoals(snapshot, aspirations.of(me.id()).map(Aspiration::targetRoleCodes).orElse(List.of())));
        List<Dashboard.NextStep> next = NextCredentials.rank(goals, earnedCodes, workingCodes).stream()
                .limit(NEXT_STEPS)
                .flatMap(r -> snapshot.credential(r.microCredentialCode())
                        .map(mc -> new Dashboard.NextStep(mc, r.goals())).stream())
                .toList();
        LocalDate today = requests.today();
        List<AccessRequests.QueueEntry> myRequests = requests.ofEducator(me.id()).stream()
                .map(r -> new AccessRequests.QueueEntry(r, me, snapshot.endorsementTitle(r.getEndorsementCode()),
                        r.isOverdue(today)))
                .toList();
        return new Dashboard(cards,
                working.stream().flatMap(w -> snapshot.credential(w.microCredentialCode())
                        .map(mc -> new Dashboard.Working(mc, w.returned(), w.attempt())).stream()).toList(),
                earned.stream().flatMap(e -> snapshot.credential(e.microCredentialCode())
                        .map(mc -> new Dashboard.Held(mc, e.earnedOn())).stream()).toList(),
                next, myRequests, today);
    }

    /** Where the educator stands on one endorsement: may they add it, is it on their dashboard, how far are they. */
    @Transactional(readOnly = true)
    public EndorsementPanel panel(long educatorId, Endorsement endorsement) {
        Standing standing = access.standing(educatorId);
        AccessRequest pending = requests.ofEducator(educatorId).stream()
                .filter(r -> r.getEndorsementCode().equals(endorsement.code())
                        && r.getStatus() == AccessRequest.Status.PENDING)
                .findFirst().orElse(null);
        EndorsementRule.Progress progress = endorsement.rule().progress(standing.earnedCodes());
        return new EndorsementPanel(endorsement, access.decide(endorsement, standing),
                access.enrolledCodes(educatorId).contains(endorsement.code()), pending, progress,
                ProgressWords.left(progress));
    }

    /** Goals for aspired roles: the rule of each role's endorsement, labelled with the role. */
    public static List<NextCredentials.Goal> roleGoals(CatalogSnapshot snapshot, List<String> roleCodes) {
        List<NextCredentials.Goal> goals = new ArrayList<>();
        for (String code : roleCodes) {
            snapshot.role(code).ifPresent(role -> Optional.ofNullable(role.endorsementCode())
                    .flatMap(snapshot::endorsement)
                    .ifPresent(e -> goals.add(new NextCredentials.Goal(role.title(), e.rule()))));
        }
        return goals;
    }

    private static List<Dashboard.Card> cards(CatalogSnapshot snapshot, List<String> enrolled, Set<String> earnedCodes) {
        return enrolled.stream().flatMap(code -> snapshot.endorsement(code).stream()).map(e -> {
            EndorsementRule.Progress progress = e.rule().progress(earnedCodes);
            return new Dashboard.Card(e, progress, ProgressWords.left(progress), e.rule().isMetBy(earnedCodes));
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<EndorsementProgress> progress(long educatorId) {
        Set<String> earned = new HashSet<>(credentials.earnedCodes(educatorId));
        return cards(CatalogSnapshot.of(catalog), access.enrolledCodesInOrder(educatorId), earned).stream()
                .map(c -> new EndorsementProgress(c.endorsement().code(), c.endorsement().title(),
                        c.progress().earned(), c.progress().total(), c.left(), c.complete()))
                .toList();
    }

    public Set<String> completedCodes(long educatorId) {
        return completions.completedCodes(educatorId);
    }

}
