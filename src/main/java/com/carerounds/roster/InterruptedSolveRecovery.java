package com.carerounds.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A roster still marked solving at start-up was cut off by a crash or restart: say so. */
@Component
public class InterruptedSolveRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterruptedSolveRecovery.class);

    private final RosterRepository rosters;

    public InterruptedSolveRecovery(RosterRepository rosters) {
        this.rosters = rosters;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Roster roster : rosters.findByStatus(RosterStatus.SOLVING)) {
            roster.changeStatus(RosterStatus.INTERRUPTED);
            rosters.save(roster);
            log.warn("Roster {} was being solved when the service stopped; its last saved plan is kept", roster.getId());
        }
    }
}
