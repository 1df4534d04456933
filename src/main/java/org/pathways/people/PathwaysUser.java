package org.pathways.people;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: who they are, which campus, which app roles. */
public class PathwaysUser extends User {

    private final long educatorId;
    private final long campusId;
    private final String displayName;
    private final Set<AppRole> roles;

    public PathwaysUser(long educatorId, long campusId, String email, String passwordHash, String displayName,
                        boolean enabled, Set<AppRole> roles) {
        super(email, passwordHash, enabled, true, true, true, authorities(roles));
        this.educatorId = educatorId;
        this.campusId = campusId;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
    }

    private static Collection<? extends GrantedAuthority> authorities(Set<AppRole> roles) {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    public long educatorId() {
        return educatorId;
    }

    public long campusId() {
        return campusId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean has(AppRole role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
