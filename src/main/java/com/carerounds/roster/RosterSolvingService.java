package com.carerounds.roster;

import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.UnassignedReasons;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves rosters in the background, one solve per roster. The best plan so far is written to the
 * database as the solver improves it (at most once per save interval, and always at the end), so
 * reads never wait for a solve and a crash loses at most the last interval.
 */
@Service
public class RosterSolvingService {

    private static final Logger log = LoggerFactory.getLogger(RosterSolvingService.class);

    private final SolverManager<RosterPlan, Long> solverManager;
    private final RosterInputsLoader loader;
    private final RosterPlanMapper mapper;
    private final VisitPlanWriter writer;
    private final RosterRepository rosters;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration saveInterval;
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
    private final SolutionManager<RosterPlan, HardMediumSoftLongScore> solutionManager;

    /** The latest known state of a solve, for status reads that must not touch the solver. */
    public record Progress(String score, int unassigned, long lastSavedMillis) {
    }

    public record Status(RosterStatus rosterStatus, SolverStatus solverStatus, String score, Integer unassigned) {
    }

    public RosterSolvingService(SolverManager<RosterPlan, Long> solverManager, RosterInputsLoader loader,
                                RosterPlanMapper mapper, VisitPlanWriter writer, RosterRepository rosters,
                                TransactionTemplate transaction, Clock clock,
                                @Value("${carerounds.solver.save-interval:5s}") Duration saveInterval) {
        this.solverManager = solverManager;
        this.loader = loader;
        this.mapper = mapper;
        this.writer = writer;
        this.rosters = rosters;
        this.transaction = transaction;
        this.clock = clock;
        this.saveInterval = saveInterval;
        this.solutionManager = SolutionManager.create(solverManager);
    }

    /** The saved roster's score by constraint, largest penalties first, with the visits involved. */
    public List<ConstraintScore> explain(Long rosterId, RosterWeights weights) {
        RosterPlan plan = mapper.toSavedPlan(loader.load(rosterId), weights);
        return solutionManager.explain(plan, SolutionUpdatePolicy.UPDATE_ALL).getConstraintMatchTotalMap().values()
                .stream()
                .filter(total -> total.getConstraintMatchCount() > 0)
                .sorted(Comparator.comparing(ConstraintMatchTotal::getScore))
                .map(total -> new ConstraintScore(total.getConstraintName(), total.getScore().toString(),
                        total.getConstraintMatchCount(),
                        total.getConstraintMatchSet().stream()
                                .flatMap(match -> match.getIndictedObjectList().stream())
                                .filter(PlanningVisit.class::isInstance)
                                .map(visit -> ((PlanningVisit) visit).getId())
                                .distinct().sorted().toList()))
                .toList();
    }

    /** Starts solving and returns at once. */
    public synchronized void start(Long rosterId, RosterWeights weights) {
        if (solverManager.getSolverStatus(rosterId) != SolverStatus.NOT_SOLVING) {
            throw new SolveInProgressException(rosterId);
        }
        RosterPlanMapper.Inputs inputs = loader.load(rosterId);
        if (inputs.visits().isEmpty()) {
            throw new IllegalArgumentException("roster " + rosterId + " has no visits to plan");
        }
        RosterPlan plan = mapper.toPlan(inputs, weights);
        changeStatus(rosterId, RosterStatus.SOLVING);
        progress.put(rosterId, new Progress(null, inputs.visits().size(), 0));
        solverManager.solveAndListen(rosterId, id -> plan,
                best -> save(rosterId, inputs, best, false),
                last -> {
                    save(rosterId, inputs, last, true);
                    changeStatus(rosterId, RosterStatus.SOLVED);
                },
                (id, error) -> {
                    log.error("Solving roster {} failed; the last saved plan is kept", id, error);
                    changeStatus(rosterId, RosterStatus.INTERRUPTED);
                });
    }

    public void stop(Long rosterId) {
        solverManager.terminateEarly(rosterId);
    }

    public Status status(Long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        Progress latest = progress.get(rosterId);
        return new Status(roster.getStatus(), solverManager.getSolverStatus(rosterId),
                latest == null ? null : latest.score(), latest == null ? null : latest.unassigned());
    }

    private void save(Long rosterId, RosterPlanMapper.Inputs inputs, RosterPlan plan, boolean last) {
        long now = clock.millis();
        Progress previous = progress.get(rosterId);
        int unassigned = (int) plan.getVisits().stream().filter(v -> v.isUnassigned()).count();
        boolean due = last || previous == null || now - previous.lastSavedMillis() >= saveInterval.toMillis();
        progress.put(rosterId, new Progress(String.valueOf(plan.getScore()), unassigned,
                due ? now : previous.lastSavedMillis()));
        if (due) {
            synchronized (inputs) {
                mapper.apply(plan, UnassignedReasons.of(plan), inputs.visits());
                transaction.executeWithoutResult(tx -> writer.write(inputs.visits()));
            }
        }
    }

    private void changeStatus(Long rosterId, RosterStatus status) {
        transaction.executeWithoutResult(tx -> {
            Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
            roster.changeStatus(status);
            rosters.save(roster);
        });
    }
}
