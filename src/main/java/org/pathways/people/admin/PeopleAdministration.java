package org.pathways.people.admin;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathways.people.AppRole;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins change about people: app roles, career roles held (with dates; ended, never
 * deleted), deactivation. Every change is written to the audit trail in the same transaction.
 */
@Service
public class PeopleAdministration {

    public static final int PAGE_SIZE = 50;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    PeopleAdministration(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A refused change, with the reason to show. */
    public static class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    @Transactional(readOnly = true)
    public List<PersonRow> search(String query, int page) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.query("""
                select e.id, e.employee_id, e.first_name || ' ' || e.last_name, e.email, c.code, e.position, e.active,
                       a.password_hash is not null,
                       (select string_agg(r.role, ', ' order by r.role) from account_role r where r.educator_id = e.id)
                from educator e join campus c on c.id = e.campus_id left join account a on a.educator_id = e.id
                where lower(e.first_name || ' ' || e.last_name) like ? or lower(e.email) like ?
                      or lower(e.employee_id) like ?
                order by e.last_name, e.first_name, e.id limit ? offset ?""",
                (rs, i) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9)),
                like, like, like, PAGE_SIZE + 1, Math.max(0, page) * PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public Optional<PersonDetail> person(long id) {
        Set<AppRole> roles = jdbc.queryForList("select role from account_role where educator_id = ?", String.class, id)
                .stream().map(AppRole::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(AppRole.class)));
        List<PersonDetail.HeldRole> held = jdbc.query("""
                select h.id, r.code, r.title, h.since, h.until from held_role h join career_role r on r.id = h.role_id
                where h.educator_id = ? order by h.until is not null, h.since desc""",
                (rs, i) -> new PersonDetail.HeldRole(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), id);
        return jdbc.query("""
                select e.id, e.employee_id, e.first_name, e.last_name, e.email, c.name, e.position, e.pay_band,
                       e.hire_date, e.active, a.password_hash is not null, a.invited_at, a.last_signed_in_at
                from educator e join campus c on c.id = e.campus_id left join account a on a.educator_id = e.id
                where e.id = ?""", (rs, i) -> new PersonDetail(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                        rs.getObject(9, LocalDate.class), rs.getBoolean(10), rs.getBoolean(11),
                        instant(rs.getObject(12, OffsetDateTime.class)), instant(rs.getObject(13, OffsetDateTime.class)),
                        roles, held), id)
                .stream().findFirst();
    }

    /** Career roles an admin can record as held: code to title, in career-map order. */
    @Transactional(readOnly = true)
    public Map<String, String> careerRoles() {
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        jdbc.query("select code, title from career_role order by tier, map_order", rs -> {
            roles.put(rs.getString(1), rs.getString(2));
        });
        return roles;
    }

    @Transactional
    public void setAppRoles(long id, Set<AppRole> roles, String actor, long actorId) {
        Set<AppRole> before = require(id).appRoles();
        if (id == actorId && before.contains(AppRole.ADMIN) && !roles.contains(AppRole.ADMIN)) {
            throw new RefusedException("You cannot remove your own administrator role.");
        }
        if (jdbc.queryForObject("select count(*) from account where educator_id = ?", Long.class, id) == 0) {
            jdbc.update("insert into account (educator_id) values (?)", id);
        }
        jdbc.update("delete from account_role where educator_id = ?", id);
        jdbc.batchUpdate("insert into account_role (educator_id, role) values (?, ?)",
                roles.stream().map(r -> new Object[] {id, r.name()}).toList());
        if (!before.equals(roles)) {
            audit.record(actor, "APP_ROLES_CHANGED", "educator", String.valueOf(id), before + " -> " + roles);
            if (id != actorId) {
                endSessions(id); // new rights take effect at their next sign-in
            }
        }
    }

    @Transactional
    public void addHeldRole(long id, String roleCode, LocalDate since, String actor) {
        require(id);
        Long roleId = jdbc.queryForList("select id from career_role where code = ?", Long.class, roleCode).stream()
                .findFirst().orElseThrow(() -> new RefusedException("Choose a career role."));
        if (since == null || since.isAfter(LocalDate.now().plusYears(1))) {
            throw new RefusedException("Give the date the role started.");
        }
        if (jdbc.queryForObject("select count(*) from held_role where educator_id = ? and role_id = ? and until is null",
                Long.class, id, roleId) > 0) {
            throw new RefusedException("This person already holds that role.");
        }
        jdbc.update("insert into held_role (educator_id, role_id, since) values (?, ?, ?)", id, roleId,
                Date.valueOf(since));
        audit.record(actor, "CAREER_ROLE_ADDED", "educator", String.valueOf(id), roleCode + " since " + since);
    }

    @Transactional
    public void endHeldRole(long id, long heldRoleId, LocalDate until, String actor) {
        PersonDetail.HeldRole held = require(id).heldRoles().stream().filter(h -> h.id() == heldRoleId && h.current())
                .findFirst().orElseThrow(() -> new RefusedException("That role is not currently held."));
        if (until == null || until.isBefore(held.since())) {
            throw new RefusedException("The end date cannot be before " + held.since() + ".");
        }
        jdbc.update("update held_role set until = ? where id = ?", Date.valueOf(until), heldRoleId);
        audit.record(actor, "CAREER_ROLE_ENDED", "educator", String.valueOf(id), held.roleCode() + " until " + until);
    }

    @Transactional
    public void setActive(long id, boolean active, String actor, long actorId) {
        PersonDetail person = require(id);
        if (id == actorId && !active) {
            throw new RefusedException("You cannot deactivate yourself.");
        }
        if (person.active() == active) {
            return;
        }
        jdbc.update("update educator set active = ?, row_version = row_version + 1, updated_at = now() where id = ?",
                active, id);
        if (!active) {
            endSessions(id);
        }
        audit.record(actor, active ? "EDUCATOR_REACTIVATED" : "EDUCATOR_DEACTIVATED", "educator", String.valueOf(id),
                person.email());
    }

    private PersonDetail require(long id) {
        return person(id).orElseThrow(() -> new RefusedException("No such person."));
    }

    private void endSessions(long id) {
        jdbc.update("""
                delete from spring_session where lower(principal_name) = (select lower(email) from educator where id = ?)""",
                id);
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
