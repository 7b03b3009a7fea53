package com.carerounds.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person and what they may see: a center (null for a deployment administrator), a team for a doctor. */
public record SignedInUser(Long accountId, String username, String passwordHash, String displayName, Role role,
                           Long centerId, Long teamId) implements UserDetails {

    static SignedInUser of(Account account) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), account.getCenterId(), account.getTeamId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
