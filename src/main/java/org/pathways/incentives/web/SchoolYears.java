package org.pathways.incentives.web;

import java.time.Clock;
import java.time.LocalDate;
import org.pathways.incentives.domain.Policies;
import org.pathways.shared.SchoolYear;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Reads the {@code schoolYear} request parameter; without one, the school year running today. */
@Component
class SchoolYears {

    private final Policies policies;
    private final Clock clock;

    SchoolYears(Policies policies, ObjectProvider<Clock> clock) {
        this.policies = policies;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    SchoolYear current() {
        return policies.schoolYearOf(LocalDate.now(clock));
    }

    SchoolYear fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return current();
        }
        try {
            return SchoolYear.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
