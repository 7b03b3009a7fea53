package com.carerounds.account;

import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A person who signs in. Only a password hash is stored. */
public class Account {

    @Id
    private Long id;
    @Version
    private int version;
    private String username;
    private String passwordHash;
    private Role role;
    private String displayName;
    private Long centerId;
    private Long teamId;

    @PersistenceCreator
    Account(Long id, int version, String username, String passwordHash, Role role, String displayName, Long centerId,
            Long teamId) {
        this.id = id;
        this.version = version;
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        if (role == Role.DOCTOR && teamId == null) {
            throw new IllegalArgumentException("a doctor belongs to a team");
        }
        if ((role == Role.DISPATCHER || role == Role.DOCTOR) && centerId == null) {
            throw new IllegalArgumentException("a " + role.name().toLowerCase() + " belongs to a center");
        }
        this.centerId = centerId;
        this.teamId = teamId;
    }

    public Account(String username, String passwordHash, Role role, String displayName, Long centerId, Long teamId) {
        this(null, 0, username, passwordHash, role, displayName, centerId, teamId);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public String getDisplayName() { return displayName; }
    public Long getCenterId() { return centerId; }
    public Long getTeamId() { return teamId; }
}
