package org.pathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.pathways.domain.AccessRequest;
import org.pathways.pathways.domain.AccessRequests;
import org.pathways.pathways.domain.EndorsementAccess;
import org.pathways.pathways.domain.Holidays;
import org.pathways.pathways.domain.UnknownEndorsementException;
import org.pathways.people.PeopleApi;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PathwaysIntegrationTest
class AccessRequestLifecycleTests implements PostgresTest {

    // Thursday 5 March 2026, mid-morning in Texas
    static final Instant THURSDAY = Instant.parse("2026-03-05T15:00:00Z");

    @Autowired
    AccessRequests requests;
    @Autowired
    EndorsementAccess access;
    @Autowired
    Holidays holidays;
    @Autowired
    PeopleApi people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDoubleSubmitFilesOneRequestDueFiveBusinessDaysLater() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        AccessRequest first = requests.request(educator, "plc-leaders", "I lead our grade 4 PLC", THURSDAY);
        AccessRequest second = requests.request(educator, "plc-leaders", "I lead our grade 4 PLC", THURSDAY);

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(jdbc.queryForObject("select count(*) from access_request where educator_id = ?", Long.class,
                educator)).isEqualTo(1);
        assertThat(first.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(first.getStatus()).isEqualTo(AccessRequest.Status.PENDING);
    }

    @Test
    void districtHolidaysPushTheDueDate() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        holidays.save(LocalDate.of(2026, 3, 10), "Test closure", "admin@example.org");
        try {
            AccessRequest request = requests.request(educator, "mentor-teachers", "I mentor two new teachers", THURSDAY);
            assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        } finally {
            holidays.remove(LocalDate.of(2026, 3, 10), "admin@example.org");
        }
    }

    @Test
    void unknownComingSoonAndAlreadyOpenEndorsementsAreRefusedClearly() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        assertThatThrownBy(() -> requests.request(educator, "no-such", "why", THURSDAY))
                .isInstanceOf(UnknownEndorsementException.class)
                .hasMessage("There is no micro-endorsement with the code no-such.");
        assertThatThrownBy(() -> requests.request(educator, "esl", "why", THURSDAY))
                .hasMessage("ESL Teachers and Coordinators is coming soon: nothing can be started yet.");
        assertThatThrownBy(() -> requests.request(educator, "ctc-1", "why", THURSDAY))
                .hasMessage("You already have access to Critical Teaching Competencies Level I.");
        assertThatThrownBy(() -> requests.request(educator, "plc-leaders", "   ", THURSDAY))
                .hasMessage("Say briefly why you need access.");
        assertThat(jdbc.queryForObject("select count(*) from access_request where educator_id = ?", Long.class,
                educator)).isZero();
    }

    @Test
    void approvalOpensTheEndorsementAndCanRecordTheRole() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        assertThatThrownBy(() -> access.add(educator, "plc-leaders")).hasMessageStartingWith("For educators who hold");

        AccessRequest request = requests.request(educator, "plc-leaders", "I lead our PLC", THURSDAY);
        requests.approve(request.getId(), "admin@example.org", "Welcome aboard", true, THURSDAY.plusSeconds(3600));

        assertThat(access.add(educator, "plc-leaders")).isTrue();
        assertThat(access.add(educator, "plc-leaders")).isFalse();
        assertThat(access.enrolledCodes(educator)).containsExactly("plc-leaders");
        assertThat(people.educator(educator).orElseThrow().heldRoleCodes()).contains("plc-leader");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'ACCESS_APPROVED' and subject_id = ?""", Long.class,
                String.valueOf(request.getId()))).isEqualTo(1);
    }

    @Test
    void rejectionNeedsANoteAndADecidedRequestStaysDecided() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        AccessRequest request = requests.request(educator, "department-chairs", "I chair science", THURSDAY);
        assertThatThrownBy(() -> requests.reject(request.getId(), "admin@example.org", " ", THURSDAY))
                .hasMessageStartingWith("Give the educator a short note");

        requests.reject(request.getId(), "admin@example.org", "Please ask your principal first", THURSDAY);
        assertThatThrownBy(() -> requests.approve(request.getId(), "admin@example.org", null, false, THURSDAY))
                .hasMessage("This request was already rejected.");
        assertThatThrownBy(() -> access.add(educator, "department-chairs")).isInstanceOf(IllegalStateException.class);
        // A new request may be filed once the last one is decided.
        assertThat(requests.request(educator, "department-chairs", "Principal agreed", THURSDAY).getId())
                .isNotEqualTo(request.getId());
    }

    @Test
    void bulkApprovalApprovesOnlyWhatIsStillPending() {
        long one = PathwaysTestSupport.newTeacher(jdbc);
        long two = PathwaysTestSupport.newTeacher(jdbc);
        AccessRequest a = requests.request(one, "gt-1", "GT cluster teacher", THURSDAY);
        AccessRequest b = requests.request(two, "gt-1", "GT cluster teacher", THURSDAY);
        requests.reject(b.getId(), "admin@example.org", "Not this year", THURSDAY);

        assertThat(requests.approveAll(List.of(a.getId(), b.getId()), "admin@example.org", THURSDAY)).isEqualTo(1);
        assertThat(access.add(one, "gt-1")).isTrue();
    }

    @Test
    void overdueRequestsAreFlaggedInTheQueueOldestFirst() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        AccessRequest old = requests.request(educator, "stem-1", "Robotics club", Instant.parse("2025-01-06T15:00:00Z"));
        var queue = requests.queue(AccessRequest.Status.PENDING, "stem-1", true);
        assertThat(queue).extracting(e -> e.request().getId()).contains(old.getId());
        assertThat(queue).allMatch(AccessRequests.QueueEntry::overdue);
        var all = requests.queue(AccessRequest.Status.PENDING, null, false);
        assertThat(all).extracting(e -> e.request().getRequestedAt()).isSorted();
    }
}
