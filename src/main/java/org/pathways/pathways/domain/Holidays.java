package org.pathways.pathways.domain;

import java.time.LocalDate;
import java.util.List;
import org.pathways.shared.AuditTrail;
import org.pathways.shared.BusinessCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** District holidays that admins maintain; they and weekends do not count toward due dates. */
@Service
public class Holidays {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    Holidays(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Holiday(LocalDate day, String name) {
    }

    public List<Holiday> from(LocalDate first) {
        return jdbc.query("select day, name from district_holiday where day >= ? order by day",
                (rs, i) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)), first);
    }

    public BusinessCalendar calendar() {
        return new BusinessCalendar(jdbc.queryForList("select day from district_holiday", LocalDate.class));
    }

    /** Adds or renames the holiday on that day. */
    @Transactional
    public void save(LocalDate day, String name, String admin) {
        if (day == null) {
            throw new IllegalArgumentException("Pick the day of the holiday.");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("Name the holiday (up to 200 characters).");
        }
        jdbc.update("""
                insert into district_holiday (day, name) values (?, ?)
                on conflict (day) do update set name = excluded.name""", day, name.strip());
        audit.record(admin, "HOLIDAY_SAVED", "district_holiday", day.toString(), name.strip());
    }

    @Transactional
    public void remove(LocalDate day, String admin) {
        if (jdbc.update("delete from district_holiday where day = ?", day) == 1) {
            audit.record(admin, "HOLIDAY_REMOVED", "district_holiday", day.toString(), null);
        }
    }
}
