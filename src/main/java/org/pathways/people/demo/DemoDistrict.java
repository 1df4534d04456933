package org.pathways.people.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a district of any size: campuses, a realistic spread of positions and pay bands,
 * accounts, and some career roles held. Deterministic for a seed; bulk-loaded with COPY so the
 * benchmark can reuse it for a state-sized data set.
 */
@Component
public class DemoDistrict {

    public static final String DEMO_PASSWORD = "pathways-demo";
    static final List<Persona> PERSONAS = List.of(
            new Persona("teacher@example.org", "Ana", "Morales", "Teacher", 3, List.of("EDUCATOR"), List.of()),
            new Persona("coach@example.org", "David", "Chen", "Instructional Coach", 5,
                    List.of("EDUCATOR", "REVIEWER"), List.of("instructional-coach-1", "coaches-1")),
            new Persona("principal@example.org", "Laura", "Whitfield", "Principal", 8,
                    List.of("EDUCATOR", "CAMPUS_LEADER"), List.of()),
            new Persona("admin@example.org", "James", "Okafor", "Central Office", 8, List.of("EDUCATOR", "ADMIN"),
                    List.of()));

    private static final String[] FIRST = {"Maria", "Jose", "Sarah", "Michael", "Jennifer", "David", "Emily",
            "Daniel", "Jessica", "Carlos", "Ashley", "Luis", "Amanda", "Juan", "Stephanie", "Christopher", "Laura",
            "Ahmet", "Fatima", "Mehmet", "Elif", "Nguyen", "Priya", "Raj", "Grace", "Samuel", "Rosa", "Diego",
            "Brittany", "Tyler", "Monica", "Kevin", "Ayse", "Omar", "Leticia", "Brandon", "Vanessa", "Hector",
            "Megan", "Andre", "Yesenia", "Patrick", "Kimberly", "Mustafa", "Olivia", "Ethan", "Sofia", "Marcus"};
    private static final String[] LAST = {"Garcia", "Martinez", "Rodriguez", "Hernandez", "Lopez", "Gonzalez",
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Davis", "Miller", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Perez",
            "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Cruz", "Yilmaz", "Kaya",
            "Demir", "Celik", "Nguyen", "Tran", "Patel", "Shah", "Kim", "Okafor", "Adeyemi", "Mendoza", "Vargas"};
    private static final String[] CITIES = {"Houston", "Dallas", "Austin", "San Antonio", "El Paso", "Fort Worth",
            "Laredo", "Brownsville", "Garland", "Sugar Land", "Katy", "Beaumont", "Lubbock", "Waco", "Euless",
            "Cedar Park", "Pflugerville", "Bryan", "Odessa", "Round Rock", "Carrollton", "Grand Prairie"};
    private static final String[] SCHOOLS = {"Harmony Science Academy", "Harmony School of Innovation",
            "Harmony School of Excellence", "Harmony School of Advancement", "Harmony School of Ingenuity",
            "Harmony School of Discovery", "Harmony School of Endeavor", "Harmony School of Technology",
            "Harmony School of Political Science and Communication", "Harmony School of Nature and Athletics"};

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;

    DemoDistrict(JdbcTemplate jdbc, DataSource dataSource, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
    }

    /** A person the README lists, who signs in with the demo password. */
    record Persona(String email, String firstName, String lastName, String position, int payBand,
                   List<String> appRoles, List<String> preferredRoles) {
    }

    public boolean isEmpty() {
        return jdbc.queryForObject("select count(*) from educator", Long.class) == 0;
    }

    /** Creates {@code campuses} schools plus a central office and about {@code educators} people. */
    @Transactional
    public void generate(int campuses, int educators, long seed) {
        if (campuses < 1 || educators < PERSONAS.size() + campuses) {
            throw new IllegalArgumentException("a district needs at least 1 campus and a few people per campus");
        }
        Random random = new Random(seed);
        long firstCampusId = insertCampuses(campuses, random);
        List<String> roleCodes = jdbc.queryForList("select code from career_role", String.class);
        String hash = passwordEncoder.encode(DEMO_PASSWORD); // one hash for all: hashing is slow on purpose
        StringBuilder educatorRows = new StringBuilder();
        Set<String> emails = new HashSet<>();
        PERSONAS.forEach(p -> emails.add(p.email()));
        List<Staff> staff = new ArrayList<>();
        long officeId = firstCampusId + campuses;
        for (int i = 0; i < PERSONAS.size(); i++) {
            Persona p = PERSONAS.get(i);
            long campusId = p.position().equals("Central Office") ? officeId : firstCampusId;
            staff.add(new Staff(p.firstName(), p.lastName(), p.email(), campusId, p.position(), p.payBand(),
                    LocalDate.now().minusYears(3 + i), p.appRoles(), p.preferredRoles()));
        }
        int officeStaff = Math.max(1, educators / 100);
        for (int i = 0; i < officeStaff; i++) {
            staff.add(person(random, emails, officeId, "Central Office", 6 + random.nextInt(4)));
        }
        int perCampus = (educators - staff.size()) / campuses;
        for (int c = 0; c < campuses; c++) {
            long campusId = firstCampusId + c;
            int count = c == campuses - 1 ? educators - staff.size() : perCampus;
            staff.addAll(campusStaff(random, emails, campusId, count, c == 0));
        }
        long employeeNumber = 100001;
        for (Staff s : staff) {
            educatorRows.append("E").append(employeeNumber++).append(',')
                    .append(s.firstName()).append(',').append(s.lastName()).append(',').append(s.email()).append(',')
                    .append(s.campusId()).append(',').append(s.position()).append(',').append(s.payBand()).append(',')
                    .append(s.hireDate()).append('\n');
        }
        copy("copy educator (employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)"
                + " from stdin (format csv)", educatorRows);
        jdbc.update("""
                insert into account (educator_id, password_hash) select id, ? from educator e
                where not exists (select 1 from account a where a.educator_id = e.id)""", hash);
        List<Object[]> roleRows = new ArrayList<>();
        List<Object[]> heldRows = new ArrayList<>();
        for (Staff s : staff) {
            for (String role : s.appRoles()) {
                roleRows.add(new Object[] {s.email(), role});
            }
            s.preferredRoles().stream().filter(roleCodes::contains).findFirst()
                    .ifPresent(code -> heldRows.add(new Object[] {s.email(), code, s.hireDate().plusYears(1)}));
        }
        jdbc.batchUpdate("""
                insert into account_role (educator_id, role) select id, ? from educator where email = ?""",
                roleRows.stream().map(r -> new Object[] {r[1], r[0]}).toList());
        jdbc.batchUpdate("""
                insert into held_role (educator_id, role_id, since)
                select e.id, r.id, least(?, current_date) from educator e, career_role r
                where e.email = ? and r.code = ?""",
                heldRows.stream().map(r -> new Object[] {r[2], r[0], r[1]}).toList());
    }

    private long insertCampuses(int campuses, Random random) {
        StringBuilder rows = new StringBuilder();
        Set<String> names = new HashSet<>();
        for (int c = 1; c <= campuses; c++) {
            String city = CITIES[random.nextInt(CITIES.length)];
            String name = SCHOOLS[random.nextInt(SCHOOLS.length)] + " - " + city;
            for (int n = 2; !names.add(name); n++) {
                name = SCHOOLS[random.nextInt(SCHOOLS.length)] + " - " + city + " " + n;
            }
            rows.append(String.format(Locale.ROOT, "HPS-%04d,\"%s\",%s,SCHOOL%n", c, name, city));
        }
        rows.append("HPS-CO,Central Office,Houston,OFFICE\n");
        Long before = jdbc.queryForObject("select coalesce(max(id), 0) from campus", Long.class);
        copy("copy campus (code, name, city, kind) from stdin (format csv)", rows);
        return jdbc.queryForObject("select min(id) from campus where id > ?", Long.class, before);
    }

    private record Staff(String firstName, String lastName, String email, long campusId, String position, int payBand,
                         LocalDate hireDate, List<String> appRoles, List<String> preferredRoles) {
    }

    private List<Staff> campusStaff(Random random, Set<String> emails, long campusId, int count, boolean hasPersonas) {
        List<Staff> list = new ArrayList<>();
        if (!hasPersonas) {
            list.add(person(random, emails, campusId, "Principal", 8));
        }
        list.add(person(random, emails, campusId, "Assistant Principal", 7));
        list.add(person(random, emails, campusId, "Dean of Academics", 6));
        list.add(person(random, emails, campusId, "Counselor", 4));
        if (!hasPersonas) {
            list.add(person(random, emails, campusId, "Instructional Coach", 5));
        }
        list.add(person(random, emails, campusId, "Coordinator", 5));
        while (list.size() < count) {
            int roll = random.nextInt(100);
            int band = roll < 20 ? 1 : roll < 55 ? 2 : roll < 90 ? 3 : 4;
            list.add(person(random, emails, campusId, "Teacher", band));
        }
        return list;
    }

    private Staff person(Random random, Set<String> emails, long campusId, String position, int band) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String base = (first + "." + last).toLowerCase(Locale.ROOT);
        String email = base + "@example.org";
        for (int n = 2; !emails.add(email); n++) {
            email = base + n + "@example.org";
        }
        int years = (int) Math.min(30, Math.abs(random.nextGaussian() * 7));
        LocalDate hired = LocalDate.now().minusYears(years).minusDays(random.nextInt(365));
        List<String> appRoles = switch (position) {
            case "Principal", "Assistant Principal" -> List.of("EDUCATOR", "CAMPUS_LEADER");
            case "Instructional Coach" -> List.of("EDUCATOR", "REVIEWER");
            default -> List.of("EDUCATOR");
        };
        return new Staff(first, last, email, campusId, position, band, hired, appRoles,
                careerRoles(random, position, years));
    }

    /** Some staff hold career roles; which ones depends on position and experience. */
    private static List<String> careerRoles(Random random, String position, int years) {
        int roll = random.nextInt(100);
        return switch (position) {
            case "Teacher" -> years < 1 ? List.of("new-teacher")
                    : roll < 6 ? List.of("plc-leader") : roll < 10 ? List.of("mentor-teacher")
                    : roll < 12 ? List.of("department-chair") : roll < 15 ? List.of("interventionist")
                    : roll < 17 ? List.of("stem-educator-1") : List.of();
            case "Instructional Coach" -> List.of("instructional-coach-1");
            case "Counselor" -> roll < 50 ? List.of("student-counselor") : List.of("college-counselor");
            case "Dean of Academics" -> List.of("ilt-leader-1");
            case "Coordinator" -> roll < 50 ? List.of("testing-federal-programs-coordinator")
                    : List.of("family-engagement-coordinator");
            default -> List.of();
        };
    }

    private void copy(String sql, CharSequence rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk load failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
