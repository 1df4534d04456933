package org.pathways.catalog.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathways.catalog.Access;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.domain.CatalogRevision;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins create and change micro-endorsements: group, access, status, rule and prerequisite. */
@Service
public class EndorsementAuthoring {

    static final String SUBJECT = "endorsement";

    private final JdbcTemplate jdbc;
    private final CatalogRevision revision;
    private final AuditTrail audit;

    EndorsementAuthoring(JdbcTemplate jdbc, CatalogRevision revision, AuditTrail audit) {
        this.jdbc = jdbc;
        this.revision = revision;
        this.audit = audit;
    }

    /** An endorsement's editable fields; {@code newGroupTitle} creates a group when set. */
    public record EndorsementChange(String code, String title, String groupCode, String newGroupTitle, Access access,
                                    EndorsementStatus status, List<String> required, int chooseCount,
                                    List<String> chooseFrom, String prerequisite, String note) {

        public EndorsementChange {
            required = List.copyOf(required);
            chooseFrom = List.copyOf(chooseFrom);
        }
    }

    public record Editable(EndorsementChange fields, long rowVersion) {
    }

    public record GroupOption(String code, String title) {
    }

    @Transactional(readOnly = true)
    public Optional<Editable> editable(String code) {
        List<Editable> found = jdbc.query("""
                select e.id, e.code, e.title, g.code, e.access, e.status, e.choose_count, p.code, e.note, e.row_version
                from endorsement e join endorsement_group g on g.id = e.group_id
                left join endorsement p on p.id = e.prerequisite_id where e.code = ?""", (rs, i) -> {
            long id = rs.getLong(1);
            return new Editable(new EndorsementChange(rs.getString(2), rs.getString(3), rs.getString(4), null,
                    Access.valueOf(rs.getString(5)), EndorsementStatus.valueOf(rs.getString(6)), listed(id, "REQUIRED"),
                    rs.getInt(7), listed(id, "CHOOSE"), rs.getString(8), rs.getString(9)), rs.getLong(10));
        }, code);
        return found.stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<GroupOption> groups() {
        return jdbc.query("select code, title from endorsement_group order by position",
                (rs, i) -> new GroupOption(rs.getString(1), rs.getString(2)));
    }

    /** Creates the endorsement ({@code expectedRowVersion} null) or changes it; refuses rules that cannot be met. */
    @Transactional
    public void save(EndorsementChange change, Long expectedRowVersion, String actor) {
        revision.lock();
        boolean creating = expectedRowVersion == null;
        Optional<Editable> existing = editable(change.code());
        List<String> problems = new ArrayList<>();
        if (creating) {
            if (change.code() == null || !MicroCredentialAuthoring.CODE.matcher(change.code()).matches()) {
                problems.add("Code: use lower-case letters, digits and hyphens (at most 80), e.g. 'reading-leaders'.");
            } else if (existing.isPresent()) {
                problems.add("Code: '" + change.code() + "' is already used by another micro-endorsement.");
            }
        } else if (existing.isEmpty()) {
            throw new CatalogEditException("There is no micro-endorsement '" + change.code() + "'.");
        } else if (existing.get().rowVersion() != expectedRowVersion) {
            throw new CatalogEditException("Someone else changed this micro-endorsement while you were editing. "
                    + "Reload it to see their changes, then make yours again.");
        }
        if (change.title() == null || change.title().isBlank() || change.title().strip().length() > 200) {
            problems.add("Title: give the micro-endorsement a title of at most 200 characters.");
        }
        boolean newGroup = change.newGroupTitle() != null && !change.newGroupTitle().isBlank();
        if (!newGroup && groups().stream().noneMatch(g -> g.code().equals(change.groupCode()))) {
            problems.add("Group: choose a group or name a new one.");
        }
        if (newGroup && change.newGroupTitle().strip().length() > 200) {
            problems.add("New group: keep the title to at most 200 characters.");
        }
        if (change.access() == null || change.status() == null) {
            problems.add("Access and status: choose one of each.");
        }
        Set<String> alreadyListed = new HashSet<>();
        existing.ifPresent(e -> {
            alreadyListed.addAll(e.fields().required());
            alreadyListed.addAll(e.fields().chooseFrom());
        });
        problems.addAll(EndorsementRuleCheck.ruleProblems(change.status(), change.required(), change.chooseCount(),
                change.chooseFrom(), credentialStatuses(), alreadyListed));
        problems.addAll(EndorsementRuleCheck.prerequisiteProblems(change.code(), change.prerequisite(),
                prerequisites(change.code())));
        if (!problems.isEmpty()) {
            throw new CatalogEditException(problems);
        }

        long groupId = newGroup ? createGroup(change.newGroupTitle().strip()) : jdbc.queryForObject(
                "select id from endorsement_group where code = ?", Long.class, change.groupCode());
        Long prerequisiteId = change.prerequisite() == null ? null : jdbc.queryForObject(
                "select id from endorsement where code = ?", Long.class, change.prerequisite());
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        long id;
        if (creating) {
            id = jdbc.queryForObject("""
                    insert into endorsement (code, title, group_id, position, access, status, choose_count,
                        prerequisite_id, note)
                    values (?, ?, ?, (select coalesce(max(position), 0) + 1 from endorsement where group_id = ?),
                        ?, ?, ?, ?, ?) returning id""", Long.class, change.code(), change.title().strip(), groupId,
                    groupId, change.access().name(), change.status().name(), change.chooseCount(), prerequisiteId, note);
        } else {
            id = jdbc.queryForObject("""
                    update endorsement set title = ?, group_id = ?, access = ?, status = ?, choose_count = ?,
                        prerequisite_id = ?, note = ?, row_version = row_version + 1, updated_at = now()
                    where code = ? returning id""", Long.class, change.title().strip(), groupId,
                    change.access().name(), change.status().name(), change.chooseCount(), prerequisiteId, note,
                    change.code());
        }
        jdbc.update("delete from endorsement_requirement where endorsement_id = ?", id);
        int position = 1;
        for (String code : change.required()) {
            insertRequirement(id, code, "REQUIRED", position++);
        }
        for (String code : change.chooseFrom()) {
            insertRequirement(id, code, "CHOOSE", position++);
        }
        audit.record(actor, creating ? "endorsement.created" : "endorsement.changed", SUBJECT, change.code(),
                describe(change));
        revision.bump();
    }

    private void insertRequirement(long endorsementId, String code, String kind, int position) {
        jdbc.update("""
                insert into endorsement_requirement (endorsement_id, micro_credential_id, kind, position)
                values (?, (select id from micro_credential where code = ?), ?, ?)""", endorsementId, code, kind,
                position);
    }

    private long createGroup(String title) {
        String code = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        List<Long> found = jdbc.queryForList("select id from endorsement_group where code = ?", Long.class, code);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return jdbc.queryForObject("""
                insert into endorsement_group (code, title, position)
                values (?, ?, (select coalesce(max(position), 0) + 1 from endorsement_group)) returning id""",
                Long.class, code.isEmpty() ? "group" : code, title);
    }

    private Map<String, CredentialStatus> credentialStatuses() {
        Map<String, CredentialStatus> statuses = new HashMap<>();
        jdbc.query("""
                select code, status, exists (select 1 from micro_credential_version v
                    where v.micro_credential_id = m.id and v.published_at is not null)
                from micro_credential m""", rs -> {
            CredentialStatus status = CredentialStatus.valueOf(rs.getString(2));
            statuses.put(rs.getString(1), rs.getBoolean(3) ? status : CredentialStatus.DRAFT);
        });
        return statuses;
    }

    private Map<String, String> prerequisites(String editing) {
        Map<String, String> prerequisites = new HashMap<>();
        jdbc.query("select e.code, p.code from endorsement e left join endorsement p on p.id = e.prerequisite_id",
                rs -> {
                    prerequisites.put(rs.getString(1), rs.getString(2));
                });
        prerequisites.putIfAbsent(editing, null);
        return prerequisites;
    }

    private List<String> listed(long endorsementId, String kind) {
        return jdbc.queryForList("""
                select m.code from endorsement_requirement r join micro_credential m on m.id = r.micro_credential_id
                where r.endorsement_id = ? and r.kind = ? order by r.position""", String.class, endorsementId, kind);
    }

    private static String describe(EndorsementChange c) {
        return c.title().strip() + "; " + c.access() + ", " + c.status() + "; required " + c.required()
                + ", choose " + c.chooseCount() + " of " + c.chooseFrom()
                + (c.prerequisite() == null ? "" : "; prerequisite " + c.prerequisite());
    }
}
