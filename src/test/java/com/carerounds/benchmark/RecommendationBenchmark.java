package com.carerounds.benchmark;

import com.carerounds.CareRoundsApplication;
import com.carerounds.account.Role;
import com.carerounds.account.SignedInUser;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.dataset.DatasetImporter;
import com.carerounds.dataset.DatasetSource;
import com.carerounds.dataset.generator.DatasetGenerator;
import com.carerounds.roster.RecommendationRequest;
import com.carerounds.roster.RosterInputsLoader;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterRecommendations;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterStatus;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.SearchSizing;
import com.carerounds.solver.UnassignedReasons;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitPlanWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times recommendations for one new visit on a generated center's solved month, through the service
 * the API calls (loading the roster from the database included), for elders drawn at random, each asked
 * for the rest of the month and for a week of it. Run by ops/benchmark/recommend.sh.
 */
public final class RecommendationBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2026, 12);

    public static void main(String[] args) throws Exception {
        int elders = 2000;
        int requests = 20;
        int solveSeconds = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--elders" -> elders = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--solve-seconds" -> solveSeconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("usage: [--elders N] [--requests R] [--solve-seconds S]");
            }
        }
        int teams = Math.max(6, elders / 100);
        Path dir = Files.createTempDirectory("carerounds-recommend");
        DatasetGenerator.generate(new DatasetGenerator.Options(dir, elders, teams, 1, 42, MONTH, 1.25));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareRoundsApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:recommend" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "--carerounds.demo.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            context.getBean(DatasetImporter.class).importDataset(DatasetSource.directory(dir));
            Long centerId = context.getBean(HealthCenterRepository.class).findAll().get(0).getId();
            SignedInUser dispatcher = new SignedInUser(1L, "bench", "", "调度员", Role.DISPATCHER, centerId, null);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(dispatcher, null, dispatcher.getAuthorities()));
            Long rosterId = context.getBean(RosterService.class).create(centerId, MONTH).roster().getId();
            RosterPlanMapper.Inputs in = context.getBean(RosterInputsLoader.class).load(rosterId);
            RosterPlanMapper mapper = context.getBean(RosterPlanMapper.class);
            RosterPlan solved = SolverFactory.<RosterPlan>create(SearchSizing.sizedFor(SolverConfig.createFromXmlResource(
                            "solverConfig.xml").withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(
                            (long) solveSeconds)), in.visits().size())).buildSolver()
                    .solve(mapper.toPlan(in, new RosterWeights(), in.month().atDay(1)));
            List<Visit> planned = mapper.apply(solved, UnassignedReasons.of(solved), in.visits());
            context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
                context.getBean(VisitPlanWriter.class).write(planned);
                Roster roster = context.getBean(RosterRepository.class).findById(rosterId).orElseThrow();
                roster.changeStatus(RosterStatus.SOLVED);
                context.getBean(RosterRepository.class).save(roster);
            });
            System.out.printf(Locale.ROOT, "center: %d elders, %d visits, %d teams; solved %d s to %s%n",
                    in.elders().size(), in.visits().size(), in.teams().size(), solveSeconds, solved.getScore());

            RosterRecommendations recommendations = context.getBean(RosterRecommendations.class);
            List<Long> elderIds = new ArrayList<>(in.contractByElder().keySet());
            Collections.sort(elderIds);
            Collections.shuffle(elderIds, new Random(7));
            // Warm-up: the first calls load classes and compile the hot paths.
            for (int i = 0; i < 5; i++) {
                recommendations.recommend(rosterId, new RecommendationRequest(elderIds.get(i), null, null, null));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Double> month = new ArrayList<>();
            List<Double> week = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < requests; i++) {
                Long elderId = elderIds.get(5 + i);
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                found += recommendations.recommend(rosterId, new RecommendationRequest(elderId, null, null, null)).places().size();
                month.add((System.nanoTime() - start) / 1e6);
                // The embedded database works in the calling thread: this is the whole request's processor time.
                cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                start = System.nanoTime();
                recommendations.recommend(rosterId, new RecommendationRequest(elderId, MONTH.atDay(14), MONTH.atDay(18), null));
                week.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(month);
            Collections.sort(week);
            Collections.sort(cpu);
            System.out.printf(Locale.ROOT, "rest of the month: p50 %.0f ms, max %.0f ms (processor time p50 %.0f ms); "
                    + "one week: p50 %.0f ms, max %.0f ms; %.1f places a request%n", median(month), max(month), median(cpu),
                    median(week), max(week), found / (double) requests);
            System.out.printf(Locale.ROOT, "SUMMARY elders=%d visits=%d teams=%d requests=%d month_p50_ms=%.0f "
                            + "month_max_ms=%.0f month_cpu_p50_ms=%.0f week_p50_ms=%.0f week_max_ms=%.0f%n",
                    in.elders().size(), in.visits().size(), in.teams().size(), requests, median(month), max(month),
                    median(cpu), median(week), max(week));
        }
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> sorted) {
        return sorted.get(sorted.size() - 1);
    }
}
