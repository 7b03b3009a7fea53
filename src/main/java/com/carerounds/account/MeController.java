package com.carerounds.account;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    private final Access access;

    MeController(Access access) {
        this.access = access;
    }

    public record Me(String username, String name, Role role, Long centerId, Long teamId) {
    }

    @Operation(summary = "Say who is signed in: name, role, center and team.")
    @GetMapping("/api/me")
    Me me() {
        SignedInUser user = access.user();
        return new Me(user.username(), user.displayName(), user.role(), user.centerId(), user.teamId());
    }
}
