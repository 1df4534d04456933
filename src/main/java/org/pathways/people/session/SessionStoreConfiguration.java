package org.pathways.people.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), without a write per page view. Spring Session saves the
 * session row after every request only to move its last access time forward, a durable commit each time.
 * The row is now left alone when nothing else changed and the stored time is less than a minute old, so
 * a session may expire up to a minute before its 30-minute timeout. Attribute changes (sign-in, CSRF
 * token) are separate rows and are always written.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** Spring Session's update with the same parameters in the same order, applied only when it changes something. */
    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME%
            SET SESSION_ID = N.SESSION_ID, LAST_ACCESS_TIME = N.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = N.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = N.EXPIRY_TIME,
                PRINCIPAL_NAME = N.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR(320)) AS PRINCIPAL_NAME) N
            WHERE %TABLE_NAME%.PRIMARY_ID = ?
              AND (N.LAST_ACCESS_TIME - %TABLE_NAME%.LAST_ACCESS_TIME >= 60000
                   OR N.SESSION_ID <> %TABLE_NAME%.SESSION_ID
                   OR N.MAX_INACTIVE_INTERVAL <> %TABLE_NAME%.MAX_INACTIVE_INTERVAL
                   OR N.PRINCIPAL_NAME IS DISTINCT FROM %TABLE_NAME%.PRINCIPAL_NAME)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenAtMostOncePerMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
