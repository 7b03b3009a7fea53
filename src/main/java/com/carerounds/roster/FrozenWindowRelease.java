package com.carerounds.roster;

import java.time.LocalDate;
import java.util.Set;

/**
 * The planned visits that recorded events let out of a re-plan's frozen window: those of a team that
 * cannot work today, of an elder taken to hospital, an urgent visit not yet published. Asked at the start
 * of every re-plan, so that a routine re-plan after the event moves them too, and no others.
 */
public interface FrozenWindowRelease {

    /** Of the roster's visits ({@code in}), those that may move although the frozen window holds them. */
    Set<Long> released(Long rosterId, RosterPlanMapper.Inputs in, LocalDate today, LocalDate openFrom);
}
