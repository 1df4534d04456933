package org.pathways.reporting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.reporting.domain.ReportFilter;
import org.pathways.reporting.domain.ReportOptions;
import org.pathways.shared.SchoolYear;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns query parameters into a report filter the signed-in person may see: an admin any campus, a
 * campus leader their own campus only. A campus leader asking for another campus is refused, never
 * silently given their own or the whole district.
 */
@Component
class ReportScope {

    private final ReportOptions options;
    private final Clock clock;

    ReportScope(ReportOptions options, ObjectProvider<Clock> clock) {
        this.options = options;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The time of day an instant shows on this server's clock. */
    ZonedDateTime local(Instant instant) {
        return instant.atZone(clock.getZone());
    }

    ReportFilter filter(PathwaysUser user, ReportParams params) {
        ReportFilter filter;
        try {
            SchoolYear year = params.schoolYear() == null || params.schoolYear().isBlank()
                    ? SchoolYear.containing(today()) : SchoolYear.parse(params.schoolYear());
            filter = new ReportFilter(year, params.campus(), params.position(), params.band(), params.role());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (user.has(AppRole.ADMIN)) {
            return filter;
        }
        String own = user.has(AppRole.CAMPUS_LEADER) ? options.campusCode(user.campusId()).orElse(null) : null;
        if (own == null || (filter.campus() != null && !filter.campus().equalsIgnoreCase(own))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Reports are limited to your own campus.");
        }
        return filter.withCampus(own);
    }

    boolean seesAllCampuses(PathwaysUser user) {
        return user.has(AppRole.ADMIN);
    }
}
