package org.pathways.people;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the roster: educators, campuses and the career roles people hold. */
@Service
@Transactional(readOnly = true)
public class PeopleApi {

    private final JdbcTemplate jdbc;

    PeopleApi(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One educator with the career roles they hold, in one statement (it is on every home page). */
    public Optional<EducatorProfile> educator(long educatorId) {
        return jdbc.query("""
                select e.id, e.employee_id, e.first_name, e.last_name, e.email, c.code, c.name, e.position,
                       e.pay_band, e.hire_date, e.active,
                       array(select r.code from held_role h join career_role r on r.id = h.role_id
                             where h.educator_id = e.id and h.until is null order by r.tier, r.map_order)
                from educator e join campus c on c.id = e.campus_id where e.id = ?""", (rs, i) ->
                new EducatorProfile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getObject(10, java.time.LocalDate.class), rs.getBoolean(11),
                        List.of((String[]) rs.getArray(12).getArray())), educatorId)
                .stream().findFirst();
    }

    public DistrictCounts districtCounts() {
        return jdbc.queryForObject("""
                select (select count(*) from campus where active and kind = 'SCHOOL'),
                       (select count(*) from educator),
                       (select count(*) from educator where active),
                       (select count(*) from account where password_hash is not null),
                       (select count(distinct educator_id) from held_role where until is null)""",
                (rs, i) -> new DistrictCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));
    }

    public Optional<CampusStaff> campusStaff(long campusId) {
        List<CampusStaff.PositionCount> byPosition = jdbc.query("""
                select position, count(*) from educator where campus_id = ? and active
                group by position order by count(*) desc, position""",
                (rs, i) -> new CampusStaff.PositionCount(rs.getString(1), rs.getLong(2)), campusId);
        return jdbc.query("select code, name from campus where id = ?", (rs, i) -> new CampusStaff(rs.getString(1),
                        rs.getString(2), byPosition.stream().mapToLong(CampusStaff.PositionCount::count).sum(),
                        byPosition), campusId)
                .stream().findFirst();
    }

    /** Number of educators currently holding each career role, by role code. */
    public java.util.Map<String, Long> roleHolderCounts() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query("""
                select r.code, count(*) from held_role h join career_role r on r.id = h.role_id
                where h.until is null group by r.code""", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** The given educators by id; unknown ids are left out. */
    public java.util.Map<Long, EducatorProfile> educatorsById(java.util.Collection<Long> educatorIds) {
        return educators(educatorIds).stream()
                .collect(java.util.stream.Collectors.toMap(EducatorProfile::id, java.util.function.Function.identity()));
    }

    /** The educator signing in with this email, if any. */
    public Optional<Long> educatorIdByEmail(String email) {
        return jdbc.queryForList("select id from educator where lower(email) = lower(?)", Long.class, email.trim())
                .stream().findFirst();
    }

    /** Active educators of a campus with the roles they hold, by last name (two queries whatever the size). */
    public List<EducatorProfile> educatorsAt(long campusId) {
        return profiles("e.campus_id = ? and e.active", campusId);
    }

    /** The given educators with the roles they hold (two queries whatever the number). */
    public List<EducatorProfile> educators(java.util.Collection<Long> educatorIds) {
        if (educatorIds.isEmpty()) {
            return List.of();
        }
        return profiles("e.id = any (?)", (Object) educatorIds.toArray(Long[]::new));
    }

    /** Records that the educator holds a career role from {@code since}; holding it already changes nothing. */
    @Transactional
    public void grantHeldRole(long educatorId, String roleCode, java.time.LocalDate since) {
        jdbc.update("""
                insert into held_role (educator_id, role_id, since)
                select ?, r.id, ? from career_role r where r.code = ?
                on conflict (educator_id, role_id) where until is null do nothing""", educatorId, since, roleCode);
    }

    private List<EducatorProfile> profiles(String condition, Object parameter) {
        java.util.Map<Long, List<String>> roles = new java.util.HashMap<>();
        jdbc.query("""
                select h.educator_id, r.code from held_role h join career_role r on r.id = h.role_id
                join educator e on e.id = h.educator_id
                where h.until is null and %s order by r.tier, r.map_order""".formatted(condition), rs -> {
            roles.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2));
        }, parameter);
        return jdbc.query("""
                select e.id, e.employee_id, e.first_name, e.last_name, e.email, c.code, c.name, e.position,
                       e.pay_band, e.hire_date, e.active
                from educator e join campus c on c.id = e.campus_id where %s
                order by e.last_name, e.first_name, e.id""".formatted(condition), (rs, i) ->
                new EducatorProfile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getObject(10, java.time.LocalDate.class), rs.getBoolean(11),
                        roles.getOrDefault(rs.getLong(1), List.of())), parameter);
    }
}
