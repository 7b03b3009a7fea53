package com.carerounds.team;

import java.util.Objects;

public record TeamMember(String name, MemberRole role) {

    public TeamMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
