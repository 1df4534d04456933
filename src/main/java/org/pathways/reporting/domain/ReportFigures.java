package org.pathways.reporting.domain;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The yearly figures the report pages read (materialized views, see the V63 migration). They are
 * refreshed concurrently, so pages keep reading the previous figures meanwhile: on a schedule when
 * their source tables changed since the last refresh, and on demand.
 */
@Service
@EnableScheduling
public class ReportFigures {

    private static final Logger log = LoggerFactory.getLogger(ReportFigures.class);

    private final JdbcTemplate jdbc;

    ReportFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refreshes every figure and returns when; waits for a refresh already running elsewhere. */
    public Instant refresh() {
        long start = System.nanoTime();
        Instant at = jdbc.queryForObject("select reporting_refresh_figures(true)", Timestamp.class).toInstant();
        log.info("Report figures refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
        return at;
    }

    /** When the figures were last refreshed. */
    public Instant asOf() {
        return jdbc.queryForObject("select refreshed_at from reporting_refresh", Timestamp.class).toInstant();
    }

    @Scheduled(fixedDelayString = "${pathways.reporting.refresh-check:PT5M}",
            initialDelayString = "${pathways.reporting.refresh-check:PT5M}")
    void refreshIfChanged() {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select reporting_source_changes() <> source_changes from reporting_refresh", Boolean.class))) {
            refresh();
        }
    }
}
