package com.carerounds.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** After signing in, each role lands on its own start page. */
@Controller
class StartPageController {

    private final Access access;

    StartPageController(Access access) {
        this.access = access;
    }

    @GetMapping("/")
    String start() {
        return "redirect:" + startPageOf(access.user().role());
    }

    static String startPageOf(Role role) {
        return switch (role) {
            case DOCTOR -> "/doctor/";
            case DISPATCHER -> "/dispatcher/";
            case ADMIN -> "/admin/";
        };
    }
}
