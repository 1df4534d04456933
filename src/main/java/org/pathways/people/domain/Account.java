package org.pathways.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.pathways.people.AppRole;

/** The sign-in side of an educator: password hash and app roles. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "educator_id")
    private Long educatorId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "educator_id")
    private Educator educator;

    private String passwordHash;
    private Instant lastSignedInAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "educator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<AppRole> roles = new HashSet<>();

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Account() {
    }

    public Educator getEducator() {
        return educator;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public Set<AppRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(roles);
    }

    /** Invited but not yet activated accounts have no password and cannot sign in. */
    public boolean canSignIn() {
        return passwordHash != null && educator.isActive();
    }
}
