package com.carerounds.benchmark;

import com.carerounds.CareRoundsApplication;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.dataset.DatasetImporter;
import com.carerounds.dataset.DatasetSource;
import com.carerounds.dataset.generator.DatasetGenerator;
import com.carerounds.roster.RosterChecker;
import com.carerounds.roster.RosterInputsLoader;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterService;
import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.SearchSizing;
import com.carerounds.solver.UnassignedReasons;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Solves generated centers with the product's own pipeline (import, visit demand, mapping, solver
 * configuration) and checks every result independently. Run by ops/benchmark/roster.sh.
 */
public final class RosterBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2026, 12);

    record Size(int elders, int teams, double supply) {
        String label() {
            return elders + "/" + teams + (supply < 1 ? " (capacity " + Math.round(supply * 100) + " % of demand)" : "");
        }
    }

    public static void main(String[] args) throws Exception {
        List<Size> sizes = new ArrayList<>();
        long seconds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--elders" -> {
                    for (String n : args[++i].split(",")) {
                        int elders = Integer.parseInt(n);
                        sizes.add(new Size(elders, Math.max(1, elders / 100 == 3 ? 6 : Math.max(6, elders / 100)), 1.25));
                    }
                }
                case "--under-supplied" -> sizes.add(new Size(300, 6, 0.8));
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("usage: [--elders N[,N...]] [--under-supplied] [--seconds S]");
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(new Size(300, 6, 1.25), new Size(2000, 20, 1.25), new Size(10_000, 100, 1.25),
                    new Size(300, 6, 0.8));
        }
        System.out.printf("%-34s %7s %6s %9s %9s %10s %12s %8s%n", "center", "visits", "teams", "feasible",
                "to feas.s", "unassigned", "travel/visit", "heap MB");
        List<String> summaries = new ArrayList<>();
        for (Size size : sizes) {
            summaries.add(run(size, seconds > 0 ? seconds : defaultSeconds(size.elders())));
        }
        summaries.forEach(System.out::println);
    }

    /** The time targets: 10 s at 300 elders, 60 s at 2,000, 5 minutes at 10,000. */
    private static long defaultSeconds(int elders) {
        return elders <= 500 ? 10 : elders <= 3000 ? 60 : 300;
    }

    private static String run(Size size, long seconds) throws Exception {
        Path dir = Files.createTempDirectory("carerounds-bench");
        DatasetGenerator.generate(new DatasetGenerator.Options(dir, size.elders(), size.teams(), 1, 42, MONTH,
                size.supply()));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareRoundsApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "--carerounds.demo.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            context.getBean(DatasetImporter.class).importDataset(DatasetSource.directory(dir));
            Long centerId = context.getBean(HealthCenterRepository.class).findAll().get(0).getId();
            Long rosterId = context.getBean(RosterService.class).create(centerId, MONTH).roster().getId();
            RosterPlanMapper.Inputs inputs = context.getBean(RosterInputsLoader.class).load(rosterId);
            RosterPlan problem = context.getBean(RosterPlanMapper.class).toPlan(inputs, new RosterWeights(), inputs.month().atDay(1));

            SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                    .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
            Solver<RosterPlan> solver = SolverFactory.<RosterPlan>create(
                    SearchSizing.sizedFor(config, problem.getVisits().size())).buildSolver();
            System.gc(); // each size starts from the heap it needs, not the garbage of the one before
            HeapSampler heap = HeapSampler.start();
            AtomicLong feasibleAt = new AtomicLong(-1);
            long start = System.nanoTime();
            solver.addEventListener(event -> {
                if (feasibleAt.get() < 0 && event.getNewBestScore().isFeasible()) {
                    feasibleAt.set(System.nanoTime() - start);
                }
            });
            RosterPlan solved = solver.solve(problem);
            if (feasibleAt.get() < 0 && solved.getScore().isFeasible()) {
                feasibleAt.set(System.nanoTime() - start);
            }
            long peakMb = heap.stop();

            context.getBean(RosterPlanMapper.class).apply(solved, UnassignedReasons.of(solved), inputs.visits());
            RosterChecker.Report report = context.getBean(RosterChecker.class).check(inputs, inputs.visits());
            report.violations().stream().limit(5).forEach(v -> System.out.println("  violation: " + v));
            System.out.printf(Locale.ROOT, "  routes use %.0f %% of their days' capacity; unassigned by reason: %s%n",
                    100.0 * report.routeSeconds() / Math.max(1, report.capacitySeconds()),
                    inputs.visits().stream().filter(v -> !v.isAssigned()).collect(
                            java.util.stream.Collectors.groupingBy(Visit::getUnassignedReason, java.util.stream.Collectors.counting())));
            String feasible = report.feasible() ? "yes" : "no";
            String toFeasible = feasibleAt.get() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", feasibleAt.get() / 1e9);
            System.out.printf(Locale.ROOT, "%-34s %7d %6d %9s %9s %10d %12.2f %8d   score %s%n", size.label(),
                    inputs.visits().size(), size.teams(), feasible, toFeasible, report.unassigned(),
                    report.travelMinutesPerVisit(), peakMb, solved.getScore());
            String extra = size.supply() < 1 ? underSupplyCheck(inputs.visits(), solved) : "";
            return String.format(Locale.ROOT, "SUMMARY elders=%d visits=%d teams=%d feasible=%s seconds_to_feasible=%s "
                            + "unassigned=%d travel_min_per_visit=%.2f heap_mb=%d%s", size.elders(),
                    inputs.visits().size(), size.teams(), feasible, toFeasible, report.unassigned(),
                    report.travelMinutesPerVisit(), peakMb, extra);
        }
    }

    /** Under-supply: home-hospital-bed visits all placed, the unplaced the lowest priority, each with a reason. */
    private static String underSupplyCheck(List<Visit> visits, RosterPlan solved) {
        long bedsUnassigned = visits.stream()
                .filter(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED && !v.isAssigned()).count();
        long withoutReason = visits.stream().filter(v -> !v.isAssigned() && v.getUnassignedReason() == null).count();
        int maxUnassignedPriority = solved.getVisits().stream().filter(PlanningVisit::isUnassigned)
                .mapToInt(PlanningVisit::getPriority).max().orElse(0);
        int minAssignedPriority = solved.getVisits().stream().filter(PlanningVisit::isAssigned)
                .mapToInt(PlanningVisit::getPriority).min().orElse(0);
        return String.format(Locale.ROOT, " supply=0.8 home_hospital_bed_unassigned=%d unassigned_without_reason=%d "
                + "max_unassigned_priority=%d min_assigned_priority=%d", bedsUnassigned, withoutReason,
                maxUnassignedPriority, minAssignedPriority);
    }
}
