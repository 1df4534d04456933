package org.pathways.people.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
class SessionStoreTests implements PostgresTest {

    @Autowired
    JdbcIndexedSessionRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    SessionRepository<Session> sessions;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void sessions() {
        sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
    }

    String saved(Instant lastAccess) {
        Session session = sessions.createSession();
        session.setLastAccessedTime(lastAccess);
        session.setAttribute("colour", "blue");
        sessions.save(session);
        return session.getId();
    }

    long storedLastAccess(String id) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
    }

    /** What SessionRepositoryFilter does on each request: load, touch, save. */
    Session requestAt(String id, Instant now) {
        Session session = sessions.findById(id);
        session.setLastAccessedTime(now);
        return session;
    }

    @Test
    void requestsWithinAMinuteLeaveTheSessionRowAlone() {
        Instant start = Instant.now().minusSeconds(600);
        String id = saved(start);

        sessions.save(requestAt(id, start.plusSeconds(20)));
        sessions.save(requestAt(id, start.plusSeconds(59)));

        assertThat(storedLastAccess(id)).isEqualTo(start.toEpochMilli());
    }

    @Test
    void aRequestAMinuteOrMoreLaterMovesTheLastAccessAndTheExpiry() {
        Instant start = Instant.now().minusSeconds(600);
        String id = saved(start);

        sessions.save(requestAt(id, start.plusSeconds(61)));

        assertThat(storedLastAccess(id)).isEqualTo(start.plusSeconds(61).toEpochMilli());
        long expiry = jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class, id);
        assertThat(Duration.ofMillis(expiry - start.plusSeconds(61).toEpochMilli()))
                .isEqualTo(sessions.findById(id).getMaxInactiveInterval());
    }

    @Test
    void attributeChangesAndANewSessionIdAreAlwaysWritten() {
        Instant start = Instant.now().minusSeconds(600);
        String id = saved(start);

        Session session = requestAt(id, start.plusSeconds(5));
        session.setAttribute("colour", "green");
        String newId = session.changeSessionId();
        sessions.save(session);

        assertThat(sessions.findById(id)).isNull();
        assertThat(sessions.findById(newId).<String>getAttribute("colour")).isEqualTo("green");
    }
}
