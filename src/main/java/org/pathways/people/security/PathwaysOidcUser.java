package org.pathways.people.security;

import java.util.Map;
import java.util.Set;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** An educator signed in through their district's identity provider: the same principal as a password sign-in. */
public class PathwaysOidcUser extends PathwaysUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    PathwaysOidcUser(long educatorId, long campusId, String email, String displayName, Set<AppRole> roles,
                     OidcIdToken idToken, OidcUserInfo userInfo) {
        super(educatorId, campusId, email, "", displayName, true, roles);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
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
