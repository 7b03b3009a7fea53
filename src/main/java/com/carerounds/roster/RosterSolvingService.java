package com.carerounds.roster;

import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.solver.MakeRoom;
import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.RosterConstraint;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.SearchSizing;
import com.carerounds.solver.UnassignedReasons;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitPlanWriter;
import com.carerounds.visit.VisitStatus;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves rosters in the background, one solve per roster, at most a set number at a time (the rest
 * wait their turn). The best plan so far is written to the database as the solver improves it (at
 * most once per save interval, and always at the end), on a thread of its own so that the solver
 * does not wait for the database; reads never wait for a solve and a crash loses at most the last
 * interval. Each solve gets its own solver, its search sized to the visits
 * it plans and its time limit ({@link SearchSizing}).
 */
@Service
public class RosterSolvingService {

    private static final Logger log = LoggerFactory.getLogger(RosterSolvingService.class);

    private final SolverConfig solverConfig;
    private final SolutionManager<RosterPlan, HardMediumSoftLongScore> solutionManager;
    private final RosterInputsLoader loader;
    private final RosterPlanMapper mapper;
    private final VisitPlanWriter writer;
    private final RosterRepository rosters;
    private final RosterRevisions revisions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration saveInterval;
    private final int frozenWorkingDays;
    private final SolverConfig quickConfig;
    private final FrozenWindowRelease releases;
    private final RosterChecker checker;
    private final MonthDemand monthDemand;
    /** The solves' time limits, for the time they have left; null when a solve has none. */
    private final Long spentLimitMillis;
    private final Long unimprovedLimitMillis;
    private final ExecutorService solvers;
    /** One writer for every solve, so a roster's saves are written in the order they were made. */
    private final ExecutorService writes;
    private final Map<Long, Solve> solves = new ConcurrentHashMap<>();
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

    /** The latest known state of a solve, for status reads that must not touch the solver. */
    public record Progress(String score, int unassigned, long lastSavedMillis) {
    }

    /**
     * {@code publishedRevision}: the revision the doctors see (null until published); the rest is of the working plan.
     * {@code secondsLeft}: the most a running or waiting solve can still take under its time limits (it may end
     * sooner); null when none runs.
     */
    public record Status(RosterStatus rosterStatus, SolverStatus solverStatus, String score, Integer unassigned,
                         Integer publishedRevision, Long secondsLeft) {
    }

    /** A solve from the moment it is queued until it ends. */
    private static final class Solve {
        final Solver<RosterPlan> solver;
        final RosterStatus statusBefore;
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        private boolean started;
        private volatile boolean stopped;
        private volatile long startedMillis;
        private volatile long improvedMillis;

        Solve(Solver<RosterPlan> solver, RosterStatus statusBefore) {
            this.solver = solver;
            this.statusBefore = statusBefore;
        }

        /** Whether the solve may begin: not if it was stopped while it waited. */
        synchronized boolean begin(long nowMillis) {
            started = !stopped;
            startedMillis = nowMillis;
            improvedMillis = nowMillis;
            return started;
        }

        synchronized boolean isStarted() {
            return started;
        }

        /** Stops the solve; true if it had not begun, so that it never will. */
        synchronized boolean stopBeforeBegin() {
            stopped = true;
            return !started;
        }

        /** Also called on each new best plan: a stop that came as the solve began is not lost. */
        void terminateIfStopped() {
            if (stopped) {
                solver.terminateEarly();
            }
        }
    }

    public RosterSolvingService(SolverConfig solverConfig,
                                SolutionManager<RosterPlan, HardMediumSoftLongScore> solutionManager,
                                RosterInputsLoader loader, RosterPlanMapper mapper, VisitPlanWriter writer,
                                RosterRepository rosters, RosterRevisions revisions, TransactionTemplate transaction,
                                Clock clock, CareRoundsSettings settings, FrozenWindowRelease releases,
                                MonthDemand monthDemand, RosterChecker checker) {
        this.checker = checker;
        this.revisions = revisions;
        this.releases = releases;
        this.monthDemand = monthDemand;
        this.quickConfig = quick(solverConfig);
        this.solverConfig = solverConfig;
        this.solutionManager = solutionManager;
        this.loader = loader;
        this.mapper = mapper;
        this.writer = writer;
        this.rosters = rosters;
        this.transaction = transaction;
        this.clock = clock;
        this.saveInterval = settings.solver().saveInterval();
        this.frozenWorkingDays = settings.replan().frozenWorkingDays();
        TerminationConfig limits = solverConfig.getTerminationConfig();
        this.spentLimitMillis = limits == null ? null : limits.calculateTimeMillisSpentLimit();
        this.unimprovedLimitMillis = limits == null ? null : limits.calculateUnimprovedTimeMillisSpentLimit();
        this.solvers = Executors.newFixedThreadPool(settings.solver().parallelSolves(), daemon("roster-solver"));
        this.writes = Executors.newSingleThreadExecutor(daemon("roster-writer"));
    }

    /**
     * A quick re-plan changes only what its event asks for: construction places what is new or released,
     * then each visit still waiting gets room by moving one other visit ({@link MakeRoom}); no general
     * search, which would take the occasion to move published visits the event does not concern.
     */
    private static SolverConfig quick(SolverConfig config) {
        SolverConfig quick = config.copyConfig();
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig<?> phase : quick.getPhaseConfigList()) {
            phases.add(phase instanceof LocalSearchPhaseConfig
                    ? new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(MakeRoom.class)) : phase);
        }
        return quick.withPhaseList(phases);
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The saved roster's score by constraint, largest penalties first, with the visits involved. */
    public List<ConstraintScore> explain(Long rosterId, RosterWeights weights) {
        return explain(rosterId, loader.load(rosterId), weights);
    }

    /** The same, from the roster's inputs already read (loading a large center's elders is most of the cost). */
    public List<ConstraintScore> explain(Long rosterId, RosterPlanMapper.Inputs inputs, RosterWeights weights) {
        RosterPlan plan = mapper.toSavedPlan(inputs, weights, openFrom(rosterId, inputs));
        return solutionManager.explain(plan, SolutionUpdatePolicy.UPDATE_ALL).getConstraintMatchTotalMap().values()
                .stream()
                .filter(total -> total.getConstraintMatchCount() > 0)
                .sorted(Comparator.comparing(ConstraintMatchTotal::getScore))
                .map(total -> new ConstraintScore(total.getConstraintName(),
                        RosterConstraint.byId(total.getConstraintName()).map(RosterConstraint::displayName)
                                .orElse(total.getConstraintName()), total.getScore().toString(),
                        total.getConstraintMatchCount(),
                        total.getConstraintMatchSet().stream()
                                .flatMap(match -> match.getIndictedObjectList().stream())
                                .filter(PlanningVisit.class::isInstance)
                                .map(visit -> ((PlanningVisit) visit).getId())
                                .distinct().sorted().toList()))
                .toList();
    }

    /**
     * The first day a solve may change: today, as what is past stays; for a published roster (a re-plan),
     * after the frozen window, as the teams already have the coming days' lists.
     */
    LocalDate openFrom(Long rosterId, RosterPlanMapper.Inputs inputs) {
        LocalDate today = LocalDate.now(clock);
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        return roster.isPublished() ? mapper.openFromAfterFrozenWindow(inputs, today, frozenWorkingDays) : today;
    }

    /** Whether the roster is being solved or waits for its turn. */
    public boolean isSolving(Long rosterId) {
        return solves.containsKey(rosterId);
    }

    /** Queues the solve and returns at once; the answer completes when the solve has ended and saved its plan. */
    public CompletableFuture<Void> start(Long rosterId, RosterWeights weights) {
        return start(rosterId, weights, solverConfig);
    }

    /**
     * A quick re-plan, as after an event: the same solve from the published plan, without the local search,
     * so that the dispatcher has the proposal in seconds and only what the event concerns moves.
     */
    public CompletableFuture<Void> startQuick(Long rosterId, RosterWeights weights) {
        return start(rosterId, weights, quickConfig);
    }

    /** Queues a solve with the search of that configuration ({@link #prepare}: what it starts from). */
    private synchronized CompletableFuture<Void> start(Long rosterId, RosterWeights weights, SolverConfig config) {
        if (solves.containsKey(rosterId)) {
            throw new SolveInProgressException(rosterId);
        }
        Prepared prepared = prepare(rosterId, weights);
        RosterPlanMapper.Inputs inputs = prepared.inputs();
        if (inputs.visits().isEmpty()) {
            throw new IllegalArgumentException("roster " + rosterId + " has no visits to plan");
        }
        RosterPlan plan = prepared.plan();
        Solver<RosterPlan> solver = SolverFactory.<RosterPlan>create(
                SearchSizing.sizedFor(config, plan.reachableVisitCount())).buildSolver();
        Solve solve = new Solve(solver, changeStatus(rosterId, RosterStatus.SOLVING));
        solver.addEventListener(event -> {
            solve.terminateIfStopped();
            solve.improvedMillis = clock.millis();
            save(rosterId, inputs, event.getNewBestSolution(), false);
        });
        progress.put(rosterId, new Progress(null, inputs.visits().size(), 0));
        solves.put(rosterId, solve);
        solvers.execute(() -> run(rosterId, inputs, plan, solve));
        return solve.ended;
    }

    private record Prepared(RosterPlanMapper.Inputs inputs, RosterPlan plan) {
    }

    /**
     * What a solve starts from: a published roster back at its published revision, with a make-up visit for
     * each missed one and what the month before still owes ({@link MonthDemand}), then its plan from the
     * records, with the visits events released from the frozen window and those still waiting.
     */
    private Prepared prepare(Long rosterId, RosterWeights weights) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        transaction.executeWithoutResult(tx -> {
            if (roster.isPublished()) {
                revisions.startFromPublished(roster);
            }
            monthDemand.prepare(roster);
        });
        RosterPlanMapper.Inputs inputs = loader.load(rosterId);
        LocalDate today = LocalDate.now(clock);
        LocalDate openFrom = openFrom(rosterId, inputs);
        Set<Long> released = new HashSet<>(releases.released(rosterId, inputs, today, openFrom));
        released.addAll(noLongerFitting(inputs, today, openFrom));
        // Once the teams have set out, today's lists are being made: what waits joins tomorrow's at the earliest.
        LocalDate waitingFrom = LocalTime.now(clock).isBefore(inputs.center().getVisitStart()) ? today : today.plusDays(1);
        return new Prepared(inputs, mapper.toPlan(inputs, weights, openFrom,
                new RosterPlanMapper.Release(today, released, waiting(inputs, today, openFrom, released), waitingFrom)));
    }

    /**
     * Visits still waiting for a place (a make-up, one a full day left out): they may join the end of a
     * frozen day's route, as no visit planned there moves, and the window's days are often the only ones
     * left that keep an elder's minimum gap.
     */
    private static Set<Long> waiting(RosterPlanMapper.Inputs inputs, LocalDate today, LocalDate openFrom, Set<Long> released) {
        if (!today.isBefore(openFrom)) {
            return Set.of();
        }
        return inputs.visits().stream().filter(v -> v.getStatus() == VisitStatus.PLANNED && !v.isAssigned())
                .map(Visit::getId).filter(id -> !released.contains(id)).collect(Collectors.toSet());
    }

    /**
     * The frozen window's planned visits that a change since they were planned no longer lets stand (leave,
     * a capacity cut, the elder's visit times, the end of the elder's contract): the window cannot hold them,
     * so they move like an event's.
     */
    private Set<Long> noLongerFitting(RosterPlanMapper.Inputs inputs, LocalDate today, LocalDate openFrom) {
        List<Visit> window = inputs.visits().stream().filter(v -> v.isAssigned() && !v.getVisitDate().isBefore(today)
                && v.getVisitDate().isBefore(openFrom)).toList();
        if (window.isEmpty()) {
            return Set.of();
        }
        RosterChecker.Report report = checker.check(inputs, window);
        Set<Long> out = new HashSet<>(report.overflowing());
        out.addAll(report.outsideVisitTimes());
        out.addAll(report.outsideContract());
        return window.stream().filter(v -> v.getStatus() == VisitStatus.PLANNED && out.contains(v.getId()))
                .map(Visit::getId).collect(Collectors.toSet());
    }

    /**
     * The plan a solve of the roster would start from, as the records stand in the caller's transaction:
     * a what-if makes its change, takes this and rolls back (also the published places a re-plan puts back).
     */
    public RosterPlan planOf(Long rosterId, RosterWeights weights) {
        return prepare(rosterId, weights).plan();
    }

    private void run(Long rosterId, RosterPlanMapper.Inputs inputs, RosterPlan plan, Solve solve) {
        if (!solve.begin(clock.millis())) {
            return; // stopped while waiting its turn, and already put back
        }
        try {
            awaitWrite(save(rosterId, inputs, solve.solver.solve(plan), true));
            changeStatus(rosterId, RosterStatus.SOLVED);
        } catch (RuntimeException error) {
            log.error("Solving roster {} failed; the last saved plan is kept", rosterId, error);
            changeStatus(rosterId, RosterStatus.INTERRUPTED);
        } finally {
            solves.remove(rosterId, solve);
            solve.ended.complete(null);
        }
    }

    /** Stops a running solve, which saves its best plan; one still waiting is dropped and the roster put back as it was. */
    public void stop(Long rosterId) {
        Solve solve = solves.get(rosterId);
        if (solve == null) {
            return;
        }
        if (solve.stopBeforeBegin()) {
            changeStatus(rosterId, solve.statusBefore);
            solves.remove(rosterId, solve);
            solve.ended.complete(null);
        } else {
            solve.solver.terminateEarly();
        }
    }

    public Status status(Long rosterId) {
        return status(rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId)));
    }

    /** The solve's latest progress while this instance knows it, otherwise the last plan the roster saved. */
    public Status status(Roster roster) {
        Progress latest = progress.get(roster.getId());
        Solve solve = solves.get(roster.getId());
        SolverStatus solverStatus = solve == null ? SolverStatus.NOT_SOLVING
                : solve.isStarted() ? SolverStatus.SOLVING_ACTIVE : SolverStatus.SOLVING_SCHEDULED;
        return new Status(roster.getStatus(), solverStatus,
                latest == null ? roster.getScore() : latest.score(),
                latest == null ? roster.getUnassigned() : Integer.valueOf(latest.unassigned()), roster.getPublishedRevision(),
                solve == null ? null : secondsLeft(solve));
    }

    /** The sooner of the time limit and the limit without improvement; the whole time limit while it waits. */
    private Long secondsLeft(Solve solve) {
        if (spentLimitMillis == null) {
            return null;
        }
        if (!solve.isStarted()) {
            return spentLimitMillis / 1000;
        }
        long now = clock.millis();
        long left = spentLimitMillis - (now - solve.startedMillis);
        if (unimprovedLimitMillis != null) {
            left = Math.min(left, unimprovedLimitMillis - (now - solve.improvedMillis));
        }
        return Math.max(0, left) / 1000;
    }

    /** On shutdown running solves stop early and save their best plan; the rest stay as they were. */
    @PreDestroy
    void shutdown() throws InterruptedException {
        solves.keySet().forEach(this::stop);
        solvers.shutdown();
        writes.shutdown();
        if (!solvers.awaitTermination(30, TimeUnit.SECONDS) || !writes.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Solves still running at shutdown; their rosters are recovered at the next start");
        }
    }

    /**
     * Records the plan's progress and, when the save interval has passed or it is the last, queues
     * its write; returns the queued write, or null when none was due.
     */
    private Future<?> save(Long rosterId, RosterPlanMapper.Inputs inputs, RosterPlan plan, boolean last) {
        long now = clock.millis();
        Progress previous = progress.get(rosterId);
        int unassigned = (int) plan.getVisits().stream().filter(v -> v.isUnassigned()).count();
        String score = String.valueOf(plan.getScore());
        boolean due = last || previous == null || now - previous.lastSavedMillis() >= saveInterval.toMillis();
        progress.put(rosterId, new Progress(score, unassigned,
                due ? now : previous.lastSavedMillis()));
        if (!due) {
            return null;
        }
        return writes.submit(() -> {
            try {
                synchronized (inputs) {
                    List<Visit> written = mapper.apply(plan, UnassignedReasons.of(plan), inputs.visits());
                    transaction.executeWithoutResult(tx -> {
                        writer.write(written);
                        rosters.recordPlan(rosterId, score, unassigned);
                    });
                }
            } catch (RuntimeException error) {
                log.error("Saving roster {} failed; the plan saved before is kept", rosterId, error);
                throw error;
            }
        });
    }

    /** Waits for the last write of a solve; a failed write fails the solve. */
    private static void awaitWrite(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving the roster", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("saving the roster failed", failed.getCause());
        }
    }

    /** Changes the roster's status and returns the one it had. */
    private RosterStatus changeStatus(Long rosterId, RosterStatus status) {
        return transaction.execute(tx -> {
            Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
            RosterStatus before = roster.getStatus();
            roster.changeStatus(status);
            rosters.save(roster);
            return before;
        });
    }
}
