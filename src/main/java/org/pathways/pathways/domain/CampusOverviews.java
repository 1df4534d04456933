package org.pathways.pathways.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.EndorsementRule;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campus leader's view of their own campus: who works on which endorsement, whose work has
 * stalled, which access requests wait. Reads a fixed number of lists whatever the campus size.
 */
@Service
public class CampusOverviews {

    static final Duration STALLED_AFTER = Duration.ofDays(30);

    private final PeopleApi people;
    private final CatalogApi catalog;
    private final JdbcTemplate jdbc;
    private final EarnedCredentials credentials;
    private final AccessRequests requests;
    private final Aspirations aspirations;

    CampusOverviews(PeopleApi people, CatalogApi catalog, JdbcTemplate jdbc, EarnedCredentials credentials,
                    AccessRequests requests, Aspirations aspirations) {
        this.people = people;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.requests = requests;
        this.aspirations = aspirations;
    }

    public record EndorsementLine(String title, int earned, int total, boolean complete) {
    }

    public record StaffProgress(EducatorProfile educator, List<EndorsementLine> endorsements, int earnedCount,
                                Instant lastActivity, boolean stalled, List<String> aimsFor) {
    }

    public record CampusOverview(int staffCount, List<StaffProgress> onAPathway, List<StaffProgress> stalled,
                                 List<AccessRequests.QueueEntry> pendingRequests) {
    }

    /** The overview of the given campus; callers pass the signed-in leader's own campus only. */
    @Transactional(readOnly = true)
    public CampusOverview of(long campusId, Instant now) {
        List<EducatorProfile> staff = people.educatorsAt(campusId);
        List<Long> ids = staff.stream().map(EducatorProfile::id).toList();
        if (ids.isEmpty()) {
            return new CampusOverview(0, List.of(), List.of(), List.of());
        }
        Object idArray = ids.toArray(Long[]::new);
        CatalogSnapshot snapshot = CatalogSnapshot.of(catalog);
        Map<Long, List<String>> enrolled = new HashMap<>();
        Map<Long, Instant> lastActivity = new HashMap<>();
        jdbc.query("""
                select educator_id, endorsement_code, added_at from pathways_enrollment
                where educator_id = any (?) order by added_at""", rs -> {
            enrolled.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
            lastActivity.merge(rs.getLong(1), rs.getTimestamp(3).toInstant(), CampusOverviews::later);
        }, idArray);
        jdbc.query("select educator_id, max(updated_at) from pathways_in_progress where educator_id = any (?) group by educator_id",
                rs -> {
                    lastActivity.merge(rs.getLong(1), rs.getTimestamp(2).toInstant(), CampusOverviews::later);
                }, idArray);
        jdbc.query("""
                select educator_id, max(earned_on) from pathways_earned_credential
                where educator_id = any (?) group by educator_id""", rs -> {
            lastActivity.merge(rs.getLong(1), rs.getObject(2, LocalDate.class).atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC), CampusOverviews::later);
        }, idArray);
        Map<Long, Set<String>> earned = credentials.earnedCodes(ids);
        Map<Long, Aspiration> aspired = aspirations.of(ids);
        List<StaffProgress> onAPathway = new ArrayList<>();
        for (EducatorProfile educator : staff) {
            Set<String> mine = earned.getOrDefault(educator.id(), Set.of());
            List<String> codes = enrolled.getOrDefault(educator.id(), List.of());
            if (codes.isEmpty() && mine.isEmpty() && !aspired.containsKey(educator.id())) {
                continue;
            }
            List<EndorsementLine> lines = codes.stream().flatMap(c -> snapshot.endorsement(c).stream()).map(e -> {
                EndorsementRule.Progress p = e.rule().progress(mine);
                return new EndorsementLine(e.title(), p.earned(), p.total(), e.rule().isMetBy(mine));
            }).toList();
            Instant last = lastActivity.get(educator.id());
            boolean unfinished = lines.stream().anyMatch(l -> !l.complete());
            boolean stalled = unfinished && last != null && last.isBefore(now.minus(STALLED_AFTER));
            List<String> aims = aspired.containsKey(educator.id()) ? aspired.get(educator.id()).targetRoleCodes().stream()
                    .flatMap(code -> snapshot.role(code).stream()).map(r -> r.title()).toList() : List.of();
            onAPathway.add(new StaffProgress(educator, lines, mine.size(), last, stalled, aims));
        }
        return new CampusOverview(staff.size(), onAPathway, onAPathway.stream().filter(StaffProgress::stalled).toList(),
                requests.ofStaff(staff));
    }

    /** Whether the educator works at the campus: the one check before a leader sees anything of theirs. */
    @Transactional(readOnly = true)
    public boolean worksAt(long educatorId, String campusCode) {
        return people.educator(educatorId).map(e -> e.campusCode().equals(campusCode)).orElse(false);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
