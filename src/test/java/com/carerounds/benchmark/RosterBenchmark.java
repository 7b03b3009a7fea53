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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private static final String USAGE = "usage: [--elders N[,N...]] [--under-supplied] [--supply PCT] [--demo yyyy-MM]"
            + " [--seconds S | --cpu-seconds S]";

    /**
     * A generated center, or the demo center ({@code demo}) with every team cut to 4 visits and 180
     * minutes a day; {@code supply}: the generated teams' capacity against the demand.
     */
    record Size(int elders, int teams, double supply, YearMonth month, boolean demo) {
        String label() {
            if (demo) {
                return "demo " + month + " (4 visits, 180 min)";
            }
            return elders + "/" + teams + (supply < 1 ? " (capacity " + Math.round(supply * 100) + " % of demand)" : "");
        }

        static Size generated(int elders, double supply) {
            return new Size(elders, elders / 100 == 3 ? 6 : Math.max(6, elders / 100), supply, MONTH, false);
        }
    }

    /** How a solve ends: after wall-clock seconds, or after seconds of the solving thread's processor time. */
    record Limit(long seconds, boolean cpu) {
        String label() {
            return seconds + (cpu ? " s of CPU" : " s");
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> elders = new ArrayList<>();
        List<Size> sizes = new ArrayList<>();
        Double supply = null;
        long seconds = 0;
        boolean cpu = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--elders" -> {
                    for (String n : args[++i].split(",")) {
                        elders.add(Integer.parseInt(n));
                    }
                }
                case "--under-supplied" -> sizes.add(Size.generated(300, 0.8));
                case "--supply" -> supply = Double.parseDouble(args[++i]) / 100;
                case "--demo" -> sizes.add(new Size(0, 0, 0, YearMonth.parse(args[++i]), true));
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--cpu-seconds" -> {
                    seconds = Long.parseLong(args[++i]);
                    cpu = true;
                }
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        if (supply != null && elders.isEmpty()) {
            elders.add(300);
        }
        for (int n : elders) {
            sizes.add(Size.generated(n, supply == null ? 1.25 : supply));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(Size.generated(300, 1.25), Size.generated(2000, 1.25), Size.generated(10_000, 1.25),
                    Size.generated(300, 0.8));
        }
        System.out.printf("%-34s %7s %6s %9s %9s %10s %12s %8s%n", "center", "visits", "teams", "feasible",
                "to feas.s", "unassigned", "travel/visit", "heap MB");
        List<String> summaries = new ArrayList<>();
        for (Size size : sizes) {
            summaries.add(run(size, new Limit(seconds > 0 ? seconds : defaultSeconds(size), cpu)));
        }
        summaries.forEach(System.out::println);
    }

    /** The time targets: 10 s at 300 elders, 60 s at 2,000, 5 minutes at 10,000; the demo as the issue tried it, 20 s. */
    private static long defaultSeconds(Size size) {
        return size.demo() ? 20 : size.elders() <= 500 ? 10 : size.elders() <= 3000 ? 60 : 300;
    }

    /** The dataset of the size: generated, or the demo's with every team cut to 4 visits and 180 minutes. */
    private static Path dataset(Size size) throws Exception {
        Path dir = Files.createTempDirectory("carerounds-bench");
        if (!size.demo()) {
            DatasetGenerator.generate(new DatasetGenerator.Options(dir, size.elders(), size.teams(), 1, 42, size.month(),
                    size.supply()));
            return dir;
        }
        try (var files = Files.list(Path.of("data/demo"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        List<String> teams = Files.readAllLines(dir.resolve("teams.csv"));
        List<String> cut = new ArrayList<>(List.of(teams.get(0)));
        // code,center_code,name,travel_mode,working_days,max_visit_minutes,max_visits
        teams.stream().skip(1).map(line -> line.substring(0, line.lastIndexOf(',', line.lastIndexOf(',') - 1)) + ",180,4")
                .forEach(cut::add);
        Files.write(dir.resolve("teams.csv"), cut);
        return dir;
    }

    private static String run(Size size, Limit limit) throws Exception {
        Path dir = dataset(size);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareRoundsApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "--carerounds.demo.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            context.getBean(DatasetImporter.class).importDataset(DatasetSource.directory(dir));
            Long centerId = context.getBean(HealthCenterRepository.class).findAll().get(0).getId();
            Long rosterId = context.getBean(RosterService.class).create(centerId, size.month()).roster().getId();
            RosterPlanMapper.Inputs inputs = context.getBean(RosterInputsLoader.class).load(rosterId);
            RosterPlan problem = context.getBean(RosterPlanMapper.class).toPlan(inputs, new RosterWeights(), inputs.month().atDay(1));

            SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
            if (!limit.cpu()) {
                config.withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(limit.seconds()));
            }
            Solver<RosterPlan> solver = SolverFactory.<RosterPlan>create(
                    SearchSizing.sizedFor(config, problem.getVisits().size())).buildSolver();
            System.gc(); // each size starts from the heap it needs, not the garbage of the one before
            HeapSampler heap = HeapSampler.start();
            AtomicLong feasibleAt = new AtomicLong(-1);
            long start = System.nanoTime();
            List<BestAt> bests = new CopyOnWriteArrayList<>();
            solver.addEventListener(event -> {
                if (feasibleAt.get() < 0 && event.getNewBestScore().isFeasible()) {
                    feasibleAt.set(System.nanoTime() - start);
                }
                bests.add(new BestAt(event.getTimeMillisSpent(), event.getNewBestScore().toString()));
            });
            ScheduledExecutorService watch = limit.cpu() ? cpuLimit(solver, Thread.currentThread(), limit.seconds()) : null;
            RosterPlan solved = solver.solve(problem);
            if (watch != null) {
                watch.shutdownNow();
            }
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
                    inputs.visits().size(), inputs.teams().size(), feasible, toFeasible, report.unassigned(),
                    report.travelMinutesPerVisit(), peakMb, solved.getScore());
            System.out.println("  convergence, best score at: " + convergence(bests, limit.seconds()));
            report.inversions().stream().filter(RosterChecker.PriorityInversion::homeHospitalBed).limit(5)
                    .forEach(v -> System.out.println("  home-bed inversion: " + v));
            String extra = size.demo() || size.supply() < 1 ? underSupplyCheck(size, inputs.visits(), solved) : "";
            return String.format(Locale.ROOT, "SUMMARY %s elders=%d visits=%d teams=%d limit=%s feasible=%s "
                            + "seconds_to_feasible=%s unassigned=%d travel_min_per_visit=%.2f heap_mb=%d "
                            + "priority_inversions=%d home_bed_unassigned=%d home_bed_inversions=%d%s",
                    size.demo() ? "demo=" + size.month() : "generated", inputs.elders().size(),
                    inputs.visits().size(), inputs.teams().size(), limit.label().replace(" ", ""), feasible, toFeasible,
                    report.unassigned(), report.travelMinutesPerVisit(), peakMb, report.inversions().size(),
                    report.homeHospitalBedUnassigned(), report.homeHospitalBedInversions(), extra);
        }
    }

    /** A new best score and when the solve found it. */
    private record BestAt(long millis, String score) {
    }

    /** The best score at 10, 30, 60, 120 and 300 s (those within the limit), so each change's effect shows. */
    static String convergence(List<BestAt> bests, long limitSeconds) {
        StringBuilder line = new StringBuilder();
        for (long at : new long[] {10, 30, 60, 120, 300}) {
            if (at > limitSeconds) {
                break;
            }
            String best = "-";
            for (BestAt found : bests) {
                if (found.millis() <= at * 1000) {
                    best = found.score();
                }
            }
            line.append(line.isEmpty() ? "" : ", ").append(at).append(" s ").append(best);
        }
        return line.toString();
    }

    /**
     * Ends the solve once the solving thread has used that much processor time: on a shared machine, a
     * wall-clock limit gives the solver whatever the other processes leave it.
     */
    private static ScheduledExecutorService cpuLimit(Solver<RosterPlan> solver, Thread solving, long seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long limitNanos = seconds * 1_000_000_000L;
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cpu-limit");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleAtFixedRate(() -> {
            if (threads.getThreadCpuTime(solving.getId()) >= limitNanos) {
                solver.terminateEarly();
            }
        }, 20, 20, TimeUnit.MILLISECONDS);
        return watch;
    }

    /** Under-supply: the unplaced the lowest priority, each with a reason. */
    private static String underSupplyCheck(Size size, List<Visit> visits, RosterPlan solved) {
        long withoutReason = visits.stream().filter(v -> !v.isAssigned() && v.getUnassignedReason() == null).count();
        int maxUnassignedPriority = solved.getVisits().stream().filter(PlanningVisit::isUnassigned)
                .mapToInt(PlanningVisit::getPriority).max().orElse(0);
        int minAssignedPriority = solved.getVisits().stream().filter(PlanningVisit::isAssigned)
                .mapToInt(PlanningVisit::getPriority).min().orElse(0);
        return String.format(Locale.ROOT, "%s unassigned_without_reason=%d max_unassigned_priority=%d "
                        + "min_assigned_priority=%d", size.demo() ? "" : " supply=" + size.supply(), withoutReason,
                maxUnassignedPriority, minAssignedPriority);
    }
}
