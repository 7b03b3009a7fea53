package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitPlanWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A solve that fails part-way, as local search did on periodic rosters (issue 15): the roster keeps
 * the plan saved before the failure and says INTERRUPTED, and it can be solved again.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=8s",
        "carerounds.solver.save-interval=1s"})
@ActiveProfiles("test")
class RosterSolveFailureTest {

    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired SolverConfig solverConfig;
    @Autowired SolutionManager<RosterPlan, HardMediumSoftLongScore> solutionManager;
    @Autowired RosterInputsLoader loader;
    @Autowired RosterPlanMapper mapper;
    @Autowired VisitPlanWriter writer;
    @Autowired RosterRevisions revisions;
    @Autowired RosterRepository rosters;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;
    @Autowired CareRoundsSettings settings;
    @Autowired FrozenWindowRelease releases;
    @Autowired MonthDemand monthDemand;
    @Autowired RosterChecker checker;

    @Test
    void aSolveWhoseMoveThrowsKeepsTheLastSavedPlanAndEndsInterrupted() throws InterruptedException {
        Long centerId = centers.findAll().get(0).getId();
        Long rosterId = rosterService.create(centerId, YearMonth.of(2027, 4)).roster().getId();
        // The product's construction, whose plan is saved, then a local search whose first move throws.
        List<PhaseConfig> phases = List.of(
                solverConfig.getPhaseConfigList().stream().filter(CustomPhaseConfig.class::isInstance).findFirst()
                        .orElseThrow(),
                new LocalSearchPhaseConfig().withMoveSelectorConfig(
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(FailingMoves.class)));
        RosterSolvingService solving = new RosterSolvingService(solverConfig.copyConfig().withPhaseList(phases),
                solutionManager, loader, mapper, writer, rosters, revisions, transaction, clock, settings, releases,
                monthDemand, checker);
        try {
            solving.start(rosterId, new RosterWeights());

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> solving.status(rosterId).solverStatus() == SolverStatus.NOT_SOLVING);
            assertThat(solving.status(rosterId).rosterStatus()).isEqualTo(RosterStatus.INTERRUPTED);
            Integer reportedUnassigned = solving.status(rosterId).unassigned();
            // The construction's plan, the last one saved, is what the roster holds.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<Visit> visits = loader.load(rosterId).visits();
                assertThat(visits).anyMatch(Visit::isAssigned);
                assertThat(visits.stream().filter(visit -> !visit.isAssigned()).count())
                        .isEqualTo(reportedUnassigned.longValue());
            });

            // Nothing is left marked as solving: the dispatcher can start again.
            solving.start(rosterId, new RosterWeights());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> solving.status(rosterId).solverStatus() == SolverStatus.NOT_SOLVING);
            assertThat(solving.status(rosterId).rosterStatus()).isEqualTo(RosterStatus.INTERRUPTED);
        } finally {
            solving.shutdown();
        }
    }

    /** Local search moves that fail as soon as they are done. */
    public static class FailingMoves implements MoveIteratorFactory<RosterPlan, FailingMove> {

        @Override
        public long getSize(ScoreDirector<RosterPlan> scoreDirector) {
            return 1;
        }

        @Override
        public Iterator<FailingMove> createOriginalMoveIterator(ScoreDirector<RosterPlan> scoreDirector) {
            return List.of(new FailingMove()).iterator();
        }

        @Override
        public Iterator<FailingMove> createRandomMoveIterator(ScoreDirector<RosterPlan> scoreDirector, Random random) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public FailingMove next() {
                    return new FailingMove();
                }
            };
        }
    }

    static final class FailingMove extends AbstractMove<RosterPlan> {

        @Override
        public boolean isMoveDoable(ScoreDirector<RosterPlan> scoreDirector) {
            return true;
        }

        @Override
        protected FailingMove createUndoMove(ScoreDirector<RosterPlan> scoreDirector) {
            return this;
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<RosterPlan> scoreDirector) {
            throw new IndexOutOfBoundsException("Index 13 out of bounds for length 13");
        }

        @Override
        public List<Object> getPlanningEntities() {
            return List.of();
        }

        @Override
        public List<Object> getPlanningValues() {
            return List.of();
        }
    }
}
