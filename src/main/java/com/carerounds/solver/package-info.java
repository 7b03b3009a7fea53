/**
 * The roster's planning model and search, on OptaPlanner 10.1. It imports nothing of the project:
 * {@code RosterPlanMapper} (package {@code roster}) maps a stored roster in and the solved plan out,
 * in one place, and the independent {@code RosterChecker} verifies what comes out.
 *
 * <h2>Model</h2>
 * Each team's working days ({@link com.carerounds.solver.TeamDay}: its weekly pattern on the
 * holiday calendar, minus leave, with that date's capacity) are planning entities holding a route,
 * a list variable of {@link com.carerounds.solver.PlanningVisit}s; the arrival time along a route is
 * a shadow variable ({@link com.carerounds.solver.ArrivalTimeListener}). OptaPlanner 10.1's list
 * variable cannot leave a value unassigned, so each team also has a holding list: a visit in it is
 * unassigned and costs its priority at the medium level. The constraints, their ids, names and
 * default weights are the table {@link com.carerounds.solver.RosterConstraint}; the provider
 * ({@link com.carerounds.solver.RosterConstraintProvider}) has one method per constraint. Rules the
 * search needs outside the score live once, on the model: the minimum gap
 * ({@code PlanningVisit.daysShortOfGap}), the allowed day ({@code PlanningVisit.allowedOn}), room in
 * a day ({@code TeamDay.hasRoomFor}), travel ({@link com.carerounds.solver.TravelModel}).
 *
 * <h2>What happened is fixed</h2>
 * Visits done or missed, dated before the plan's first open day, or pinned, and on an open day every
 * visit before such a one on its route, sit on fixed team days ({@code TeamDay.fixed}, flagged
 * pinned). They stay in the model, so the elder's gaps, spacing and day combinations, and the
 * day's time, count and workload, take them into account, but nothing moves them: every generic
 * move selector passes {@link com.carerounds.solver.RosterMoveFilter}, which refuses any move that
 * names a fixed day; the custom moves are not doable on one, never seed or relocate a fixed visit,
 * and construction never places on one. A day still open after its fixed visits goes on as a second
 * team day ({@code TeamDay.after}) from the last fixed visit, with what is left of the day. OptaPlanner
 * 10.1 has no pinned list prefix, and its {@code @PlanningPin} on a list entity breaks nearby
 * selection, hence the flag; {@code CustomMovesFullAssertTest} checks under FULL_ASSERT that no move
 * changes a fixed route.
 *
 * <h2>Construction</h2>
 * {@link com.carerounds.solver.ContractedTeamFirstConstruction}: elders in priority order (then the
 * fewest allowed days, then the heaviest workload, as in packing), each visit to the contracted team
 * on the day nearest an even spacing of the elder's visits, at the cheapest feasible place in the
 * route; only when the contracted team cannot, to another team with the skills; otherwise to the
 * holding list. It is near-linear in the number of visits, where a generic list construction tries
 * every position of every route.
 *
 * <h2>Local search</h2>
 * List change (also to a place next to a nearby visit), list swap (also with a nearby visit),
 * sub-list change and swap, k-opt, a pattern change that moves all visits of an elder with allowed
 * day combinations to another combination at once ({@link com.carerounds.solver.PatternChangeMove}),
 * and ruin and recreate ({@link com.carerounds.solver.RuinRecreateMoveFactory}): strings of
 * consecutive visits near a seed visit are taken out of that day's routes, one string per route, the
 * nearest routes first, and put back one by one in a drawn order (random, heaviest, farthest from or
 * nearest to the center first, as in SISR), each where it adds the least travel while keeping
 * windows, hours, counts and workload points, the contracted team first. Visits keep their day, so
 * gaps, spacing and combinations hold; a waiting visit is put in among them on a day it may have.
 * Whether a visit fits at a place in a route is known in constant time
 * ({@link com.carerounds.solver.RouteInsertion}: when the team leaves each visit and the latest start
 * at each that keeps the rest of the route on time). A displace move
 * ({@link com.carerounds.solver.DisplaceMoveFactory}) lets a waiting visit, drawn by priority, take the
 * place of the lowest-priority visit whose removal lets it fit, which waits instead: a full day takes
 * a home hospital bed ahead of a routine visit. Moves into a holding list alone are filtered
 * ({@link com.carerounds.solver.RosterMoveFilter}) unless the visit's place breaks a hard rule:
 * otherwise unassigning alone never helps.
 *
 * <h2>Acceptance</h2>
 * Late acceptance, sized per solve to the time a visit has ({@link com.carerounds.solver.SearchSizing}):
 * a longer list explores more but settles later, so a center's month, with tens of milliseconds a
 * visit, keeps a short list and a literature instance with a minute for a hundred customers gets a
 * long one. Why each choice was kept, with the measurements, is in {@code ops/benchmark/RESULTS.md}.
 */
package com.carerounds.solver;
