package org.pathways.pathways.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.shared.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life of an access request: filed by an educator, due in 5 business days, decided by an admin. */
@Service
public class AccessRequests {

    public static final int BUSINESS_DAYS_TO_DECIDE = 5;

    private final AccessRequestRepository requests;
    private final JdbcTemplate jdbc;
    private final EndorsementAccess access;
    private final Holidays holidays;
    private final CatalogApi catalog;
    private final PeopleApi people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    AccessRequests(AccessRequestRepository requests, JdbcTemplate jdbc, EndorsementAccess access, Holidays holidays,
                   CatalogApi catalog, PeopleApi people, AuditTrail audit, ApplicationEventPublisher events,
                   @Value("${pathways.pathways.time-zone:America/Chicago}") ZoneId zone) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.access = access;
        this.holidays = holidays;
        this.catalog = catalog;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The due date a request filed at that moment would get. */
    @Transactional(readOnly = true)
    public LocalDate dueIfAskedNow(Instant now) {
        return holidays.calendar().addBusinessDays(LocalDate.ofInstant(now, zone), BUSINESS_DAYS_TO_DECIDE);
    }

    /**
     * Files a request, or returns the one already pending for the same endorsement, so a double
     * submit files one. Refused with a plain message when there is nothing to ask for.
     */
    @Transactional
    public AccessRequest request(long educatorId, String endorsementCode, String reason, Instant now) {
        Endorsement endorsement = access.endorsement(endorsementCode);
        AccessDecision decision = access.decide(endorsement, access.standing(educatorId));
        if (decision.allowed()) {
            throw new IllegalStateException("You already have access to " + endorsement.title() + ".");
        }
        if (decision.locked()) {
            throw new IllegalStateException(decision.reason());
        }
        String why = AccessRequest.validReason(reason);
        LocalDate due = holidays.calendar().addBusinessDays(LocalDate.ofInstant(now, zone), BUSINESS_DAYS_TO_DECIDE);
        int filed = jdbc.update("""
                insert into access_request (educator_id, endorsement_code, reason, status, requested_at, due_on)
                values (?, ?, ?, 'PENDING', ?, ?)
                on conflict (educator_id, endorsement_code) where status = 'PENDING' do nothing""",
                educatorId, endorsementCode, why, java.sql.Timestamp.from(now), due);
        AccessRequest request = requests.findByEducatorIdAndEndorsementCodeAndStatus(educatorId, endorsementCode,
                AccessRequest.Status.PENDING).orElseThrow();
        if (filed == 1) {
            audit.record(String.valueOf(educatorId), "ACCESS_REQUESTED", "access_request",
                    String.valueOf(request.getId()), endorsementCode);
        }
        return request;
    }

    /** Approves; with {@code recordRole} the educator is also recorded as holding the endorsement's role. */
    @Transactional
    public AccessRequest approve(long requestId, String admin, String note, boolean recordRole, Instant now) {
        AccessRequest request = find(requestId);
        request.approve(admin, note, recordRole, now);
        if (recordRole) {
            List<CareerRole> roles = catalog.rolesQualifiedBy(request.getEndorsementCode());
            if (roles.isEmpty()) {
                throw new IllegalStateException("No career role is linked to this endorsement, so none can be recorded.");
            }
            people.grantHeldRole(request.getEducatorId(), roles.get(0).code(), LocalDate.ofInstant(now, zone));
        }
        decided(request, admin);
        return request;
    }

    @Transactional
    public AccessRequest reject(long requestId, String admin, String note, Instant now) {
        AccessRequest request = find(requestId);
        request.reject(admin, note, now);
        decided(request, admin);
        return request;
    }

    /** Approves every listed request still pending; returns how many were approved. */
    @Transactional
    public int approveAll(List<Long> requestIds, String admin, Instant now) {
        int approved = 0;
        for (AccessRequest request : requests.findAllById(requestIds)) {
            if (request.getStatus() == AccessRequest.Status.PENDING) {
                request.approve(admin, null, false, now);
                decided(request, admin);
                approved++;
            }
        }
        return approved;
    }

    private void decided(AccessRequest request, String admin) {
        requests.saveAndFlush(request);
        boolean approved = request.getStatus() == AccessRequest.Status.APPROVED;
        audit.record(admin, approved ? "ACCESS_APPROVED" : "ACCESS_REJECTED", "access_request",
                String.valueOf(request.getId()), request.getEndorsementCode()
                        + (request.isRoleGranted() ? " (role recorded)" : ""));
        events.publishEvent(new AccessRequestDecided(request.getId(), request.getEducatorId(),
                request.getEndorsementCode(), approved, request.getDecisionNote()));
    }

    private AccessRequest find(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new IllegalArgumentException("There is no access request " + requestId + "."));
    }

    @Transactional(readOnly = true)
    public List<AccessRequest> ofEducator(long educatorId) {
        return requests.findByEducatorIdOrderByRequestedAtDesc(educatorId);
    }

    /** The admin queue, oldest first, with who asked and for what. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(AccessRequest.Status status, String endorsementCode, boolean overdueOnly) {
        LocalDate today = today();
        List<AccessRequest> found = requests.queue(status, endorsementCode == null || endorsementCode.isBlank()
                ? null : endorsementCode).stream()
                .filter(r -> !overdueOnly || r.isOverdue(today)).toList();
        return entries(found, today);
    }

    /** Pending requests of a campus's staff, for its leader. */
    @Transactional(readOnly = true)
    public List<QueueEntry> ofStaff(List<EducatorProfile> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        List<Long> ids = staff.stream().map(EducatorProfile::id).toList();
        List<AccessRequest> found = requests.findByEducatorIdInAndStatusOrderByRequestedAtAsc(ids,
                AccessRequest.Status.PENDING);
        return entries(found, today());
    }

    private List<QueueEntry> entries(List<AccessRequest> found, LocalDate today) {
        Map<Long, EducatorProfile> educators = people.educators(found.stream().map(AccessRequest::getEducatorId)
                .distinct().toList()).stream().collect(Collectors.toMap(EducatorProfile::id, Function.identity()));
        return found.stream().map(r -> new QueueEntry(r, educators.get(r.getEducatorId()),
                catalog.endorsement(r.getEndorsementCode()).map(Endorsement::title).orElse(r.getEndorsementCode()),
                r.isOverdue(today))).toList();
    }

    public record QueueEntry(AccessRequest request, EducatorProfile educator, String endorsementTitle,
                             boolean overdue) {
    }
}
