package com.carerounds.benchmark;

import com.carerounds.CareRoundsApplication;
import com.carerounds.account.MutableClock;
import com.carerounds.account.Role;
import com.carerounds.account.SignedInUser;
import com.carerounds.calendar.CalendarDayRepository;
import com.carerounds.calendar.WorkingCalendar;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.ContractAdministration;
import com.carerounds.contract.ContractRepository;
import com.carerounds.contract.ContractRequest;
import com.carerounds.contract.ServicePackage;
import com.carerounds.dataset.DatasetImportException;
import com.carerounds.dataset.DatasetImporter;
import com.carerounds.dataset.DatasetSource;
import com.carerounds.dataset.generator.DatasetGenerator;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.event.EventReason;
import com.carerounds.event.EventRequests;
import com.carerounds.event.RosterEvents;
import com.carerounds.kernel.BrokenRulesException;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.roster.RosterChecker;
import com.carerounds.roster.RosterCoverage;
import com.carerounds.roster.RosterInputsLoader;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterRevisions;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterSolvingService;
import com.carerounds.roster.TeamAvailability;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.DoctorVisit;
import com.carerounds.visit.MissedReason;
import com.carerounds.visit.TeamVisits;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitOutcomeRequest;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lives through a generated center's month day by day on the product's own services, the code the API
 * calls: the roster is solved and published the day before the month; each working morning the day's
 * disruptions are recorded as events (5 % of team-days lost to sickness announced that morning, 2 % of
 * elders hospitalised for 5–10 days over the month, 1 % of contracts signed during the month, urgent
 * visits), each answered with its quick re-plan, which the dispatcher publishes; each evening the teams
 * record their published visits, 3 % missed. At the end: quota coverage, moves per sick-day event,
 * re-plan times and whether anything that happened moved. Run by ops/benchmark/month.sh.
 */
public final class MonthBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2026, 12);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final double SICK_TEAM_DAYS = 0.05;
    private static final double MISSED_VISITS = 0.03;
    private static final double HOSPITALISED_ELDERS = 0.02;
    private static final double NEW_CONTRACTS = 0.01;
    private static final double URGENT_VISITS = 0.01;

    private final ConfigurableApplicationContext context;
    private final MutableClock clock;
    private final Random random;
    private final long seed;
    private final Long centerId;
    private final Long rosterId;
    /** The day the checks of what happened hold from: before it, every visit is fixed. */
    private LocalDate today = MONTH.atDay(1);
    private final List<Double> replanSeconds = new ArrayList<>();
    private final List<Integer> extraMovesPerSickDay = new ArrayList<>();
    private final List<Double> eventSeconds = new ArrayList<>();
    /** Each visit that happened (done, missed, or dated before today) as its stored row, column by column: never to change. */
    private final Map<Long, Map<String, Object>> happened = new HashMap<>();
    private final Set<Long> movedDone = new HashSet<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    /** Whether the dispatcher also re-plans in full each evening (the search, not the quick re-plan), published. */
    private final boolean nightly;
    private final List<Double> nightlySeconds = new ArrayList<>();
    private final List<Integer> nightlyMoves = new ArrayList<>();

    /** A contract held back from the import, signed on a day of the month. */
    private record LateContract(String elderCode, String teamCode, ServicePackage servicePackage, LocalDate signedOn) {
    }

    public static void main(String[] args) throws Exception {
        int elders = 2000;
        long seed = 42;
        int solveSteps = 20_000;
        boolean nightly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--elders" -> elders = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--solve-steps" -> solveSteps = Integer.parseInt(args[++i]);
                case "--nightly" -> nightly = true;
                default -> throw new IllegalArgumentException("usage: [--elders N] [--seed S] [--solve-steps N] [--nightly]");
            }
        }
        int teams = Math.max(6, elders / 100);
        Path dir = Files.createTempDirectory("carerounds-month");
        DatasetGenerator.generate(new DatasetGenerator.Options(dir, elders, teams, 1, seed, MONTH, 1.25));
        Random random = new Random(seed);
        List<LateContract> late = holdBackContracts(dir, random);
        MutableClock clock = new MutableClock(MONTH.atDay(1).minusDays(1).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        // The month's first plan ends after a fixed number of local-search steps, not after a time that a
        // busy machine fills with fewer: the same plan each run, so that runs differ only in what they change.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CareRoundsApplication.class,
                StepLimitedSolves.class)
                .web(WebApplicationType.NONE)
                .initializers(ctx -> ctx.addBeanFactoryPostProcessor(factory -> {
                    // The services' one clock, moved on day by day.
                    BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
                    registry.removeBeanDefinition("clock");
                    registry.registerBeanDefinition("clock", new RootBeanDefinition(Clock.class, () -> clock));
                }))
                .run("--spring.datasource.url=jdbc:h2:mem:month" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "--carerounds.demo.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--carerounds.test.local-search-steps=" + solveSteps,
                        "--optaplanner.solver.termination.spent-limit=30m",
                        "--optaplanner.solver.termination.unimproved-spent-limit=30m")) {
            try {
                context.getBean(DatasetImporter.class).importDataset(DatasetSource.directory(dir));
            } catch (DatasetImportException refused) {
                refused.errors().stream().limit(5).forEach(System.out::println);
                throw refused;
            }
            System.out.printf(Locale.ROOT, "center: %d elders (%d contracts lapsed, to be renewed in the month), %d teams; "
                    + "first plan: %d local-search steps%n", elders, late.size(), teams, solveSteps);
            new MonthBenchmark(context, clock, random, seed, nightly).live(late, elders);
        }
    }

    private MonthBenchmark(ConfigurableApplicationContext context, MutableClock clock, Random random, long seed,
                           boolean nightly) {
        this.seed = seed;
        this.nightly = nightly;
        this.context = context;
        this.clock = clock;
        this.random = random;
        this.centerId = bean(HealthCenterRepository.class).findAll().get(0).getId();
        signIn(Role.DISPATCHER, null);
        long start = System.nanoTime();
        this.rosterId = bean(RosterService.class).create(centerId, MONTH).roster().getId();
        bean(RosterSolvingService.class).start(rosterId, weights()).join();
        bean(RosterService.class).publish(rosterId);
        System.out.printf(Locale.ROOT, "planned and published %s: %d visits, %s, in %.0f s%n", MONTH,
                visits().findByRosterId(rosterId).size(), bean(RosterSolvingService.class).status(rosterId).score(),
                (System.nanoTime() - start) / 1e9);
    }

    private void live(List<LateContract> late, int elderCount) {
        List<Team> teams = bean(TeamRepository.class).findByCenterIdOrderByCode(centerId);
        Map<String, Team> teamByCode = teams.stream().collect(Collectors.toMap(Team::getCode, Function.identity()));
        Map<String, Elder> elderByCode = bean(ElderRepository.class).findByCenterId(centerId).stream()
                .collect(Collectors.toMap(Elder::getCode, Function.identity()));
        WorkingCalendar calendar = WorkingCalendar.loader(bean(CalendarDayRepository.class)).apply(MONTH);
        Map<LocalDate, List<Team>> working = new TreeMap<>();
        for (Team team : teams) {
            new TeamAvailability(calendar).days(team, MONTH)
                    .forEach(day -> working.computeIfAbsent(day.date(), d -> new ArrayList<>()).add(team));
        }
        int workingDays = working.size();
        Map<Long, LocalDate> awayUntil = new HashMap<>();
        long started = System.nanoTime();
        for (LocalDate day : working.keySet()) {
            setClock(day.atTime(7, 30));
            signIn(Role.ADMIN, null);
            late.stream().filter(c -> c.signedOn().equals(day)).forEach(c -> bean(ContractAdministration.class).create(
                    new ContractRequest(null, elderByCode.get(c.elderCode()).getId(), teamByCode.get(c.teamCode()).getId(),
                            c.servicePackage(), day, null)));
            signIn(Role.DISPATCHER, null);
            keepWhatHappened(day);
            // The morning's first re-plan takes in yesterday's missed visits and today's new contracts.
            timedReplan();

            for (Team team : working.get(day)) {
                if (random.nextDouble() < SICK_TEAM_DAYS) {
                    RosterEvents.Answer answer = event(() -> bean(RosterEvents.class).teamUnavailable(rosterId,
                            new EventRequests.TeamUnavailable(team.getId(), day, day, EventReason.SICKNESS, null)), "sick_team_days");
                    RosterRevisions.Publication published = publish();
                    if (published != null) {
                        extraMovesPerSickDay.add(extraMoves(answer, published));
                    }
                }
            }
            for (Elder elder : elderByCode.values()) {
                boolean away = awayUntil.containsKey(elder.getId()) && !awayUntil.get(elder.getId()).isBefore(day);
                if (!away && random.nextDouble() < HOSPITALISED_ELDERS / workingDays) {
                    LocalDate until = day.plusDays(4 + random.nextInt(6));
                    awayUntil.put(elder.getId(), until);
                    event(() -> bean(RosterEvents.class).elderAway(rosterId, new EventRequests.ElderAway(elder.getId(),
                            day, until, EventReason.HOSPITAL, null)), "hospitalisations");
                    publish();
                } else if (!away && random.nextDouble() < URGENT_VISITS / workingDays && mayHaveUrgentVisit(elder, day)) {
                    EventReason reason = List.of(EventReason.DISCHARGE, EventReason.NEW_HOME_HOSPITAL_BED,
                            EventReason.COMPLAINT).get(random.nextInt(3));
                    RosterEvents.Answer answer = event(() -> bean(RosterEvents.class).urgentVisit(rosterId,
                            new EventRequests.UrgentVisit(elder.getId(), 2 + random.nextInt(4), reason, null, null, null)),
                            "urgent_visits");
                    count(answer.affected().get(0).after() == null ? "urgent_visits_unplaced" : "urgent_visits_placed");
                    publish();
                }
            }

            setClock(day.atTime(18, 0));
            for (Team team : working.get(day)) {
                recordOutcomes(team, day);
            }
            keepWhatHappened(day.plusDays(1));
            if (nightly) {
                nightlyReplan();
            }
        }
        System.out.printf(Locale.ROOT, "lived %d working days in %.0f s: %s%n", workingDays,
                (System.nanoTime() - started) / 1e9, counts);
        summarise(elderCount, late.stream().map(LateContract::elderCode).collect(Collectors.toSet()));
    }

    /** The evening: each of the team's published visits of the day done, or missed (3 %). */
    private void recordOutcomes(Team team, LocalDate day) {
        signIn(Role.DOCTOR, team.getId());
        TeamVisits teamVisits = bean(TeamVisits.class);
        for (DoctorVisit visit : teamVisits.list(team.getId(), day, day)) {
            // Drawn for the visit itself, so that the same visits are missed whatever else the plan has that day.
            Random draw = new Random(seed ^ (visit.visitId() * 0x9E3779B97F4A7C15L));
            boolean missed = draw.nextDouble() < MISSED_VISITS;
            MissedReason reason = missed ? List.of(MissedReason.ELDER_ABSENT, MissedReason.REFUSED, MissedReason.OTHER)
                    .get(draw.nextInt(3)) : null;
            teamVisits.recordOutcome(visit.visitId(), new VisitOutcomeRequest(missed ? VisitStatus.MISSED : VisitStatus.DONE,
                    reason, null, null));
            count(missed ? "visits_missed" : "visits_done");
        }
        signIn(Role.DISPATCHER, null);
    }

    /** A quick re-plan as the dispatcher's morning starts, published. */
    private void timedReplan() {
        long start = System.nanoTime();
        bean(RosterSolvingService.class).startQuick(rosterId, weights()).join();
        replanSeconds.add((System.nanoTime() - start) / 1e9);
        count("morning_replans");
        checkHappened();
        publish();
    }

    /** The evening's full re-plan (search included), published; its time and the visits it moved kept apart. */
    private void nightlyReplan() {
        long start = System.nanoTime();
        bean(RosterSolvingService.class).start(rosterId, weights()).join();
        nightlySeconds.add((System.nanoTime() - start) / 1e9);
        checkHappened();
        RosterRevisions.Publication published = publish();
        if (published != null) {
            nightlyMoves.add(published.teams().stream().mapToInt(t -> t.moved().size() + t.cancelled().size()).sum());
        }
    }

    /** The event's call, its quick re-plan included, timed as a re-plan. */
    private RosterEvents.Answer event(java.util.function.Supplier<RosterEvents.Answer> call, String kind) {
        long start = System.nanoTime();
        RosterEvents.Answer answer = call.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        replanSeconds.add(seconds);
        eventSeconds.add(seconds);
        count(kind);
        if (answer.proposal() == null) {
            throw new IllegalStateException("no re-plan for " + answer.event());
        }
        checkHappened();
        return answer;
    }

    /** The dispatcher publishes the proposal; one that breaks a hard rule is refused and counted (null). */
    private RosterRevisions.Publication publish() {
        try {
            RosterRevisions.Publication publication = bean(RosterService.class).publish(rosterId);
            checkHappened();
            return publication;
        } catch (BrokenRulesException refused) {
            count("publications_refused");
            System.out.println("publication refused on " + today + ": " + refused.getMessage());
            return null;
        }
    }

    /** The roster's visits as stored, column by column, by id. */
    private Map<Long, Map<String, Object>> rows() {
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        bean(JdbcTemplate.class).queryForList("select * from visit where roster_id = ?", rosterId)
                .forEach(row -> rows.put(((Number) row.get("ID")).longValue(), row));
        return rows;
    }

    /** From now on, the visits done or missed and those dated before {@code today} may never change again. */
    private void keepWhatHappened(LocalDate today) {
        rows().forEach((id, row) -> {
            boolean past = before(row, today);
            if (!"PLANNED".equals(row.get("STATUS")) || past) {
                happened.putIfAbsent(id, row);
            }
        });
        this.today = today;
    }

    /** Visits other than those the event took out of the sick team's day that changed team or day, or were dropped. */
    private static int extraMoves(RosterEvents.Answer answer, RosterRevisions.Publication publication) {
        Set<Long> released = answer.affected().stream().map(RosterEvents.Affected::visitId).collect(Collectors.toSet());
        Set<Long> moved = new HashSet<>();
        for (RosterRevisions.TeamChanges team : publication.teams()) {
            team.moved().stream().filter(c -> !c.before().teamId().equals(c.after().teamId())
                    || !c.before().date().equals(c.after().date())).forEach(c -> moved.add(c.visitId()));
            team.cancelled().forEach(c -> moved.add(c.visitId()));
        }
        moved.removeAll(released);
        return moved.size();
    }

    /**
     * Every visit that happened is as it was stored then, byte for byte (its version too), and no other
     * visit was put on a day gone by; each visit found otherwise counts once as a moved done visit.
     */
    private void checkHappened() {
        Map<Long, Map<String, Object>> rows = rows();
        rows.forEach((id, row) -> {
            Map<String, Object> kept = happened.get(id);
            if (kept != null ? !same(kept, row) : before(row, today)) {
                movedDone.add(id);
            }
        });
        happened.keySet().stream().filter(id -> !rows.containsKey(id)).forEach(movedDone::add);
    }

    private static boolean before(Map<String, Object> row, LocalDate day) {
        Object date = row.get("VISIT_DATE");
        LocalDate on = date instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) date;
        return on != null && on.isBefore(day);
    }

    private static boolean same(Map<String, Object> kept, Map<String, Object> now) {
        return kept.keySet().equals(now.keySet()) && kept.keySet().stream().allMatch(column -> {
            Object a = kept.get(column);
            Object b = now.get(column);
            return a instanceof byte[] x && b instanceof byte[] y ? java.util.Arrays.equals(x, y) : java.util.Objects.equals(a, b);
        });
    }

    /** What the API asks of an urgent visit's elder: a contract in force that day and an ADL assessment. */
    private boolean mayHaveUrgentVisit(Elder elder, LocalDate day) {
        return elder.latestAssessmentOn(MONTH.atEndOfMonth()).isPresent()
                && bean(ContractRepository.class).findByElderId(elder.getId()).stream().anyMatch(c -> c.activeOn(day));
    }

    private void summarise(int elderCount, Set<String> lateElders) {
        RosterCoverage.Coverage coverage = bean(RosterCoverage.class).of(rosterId);
        List<RosterCoverage.ElderCoverage> beds = coverage.coverage().stream()
                .filter(RosterCoverage.ElderCoverage::homeHospitalBed).toList();
        double bedsFull = percent(beds.stream().filter(RosterCoverage.ElderCoverage::fullQuota).count(), beds.size());
        double allFull = percent(coverage.coverage().stream().filter(RosterCoverage.ElderCoverage::fullQuota).count(),
                coverage.coverage().size());
        // Stricter: a visit cancelled because the elder was in hospital counts as owed too.
        double allFullStrict = percent(coverage.coverage().stream()
                .filter(c -> c.done() >= c.required() + c.cancelled()).count(), coverage.coverage().size());
        System.out.printf(Locale.ROOT, "coverage: %d elders (%d with a home hospital bed), %d owing %d visits; "
                        + "full quota counting visits cancelled for hospital stays as owed: %.2f %%%n",
                coverage.elders(), beds.size(), coverage.eldersOwed(), coverage.visitsOwed(), allFullStrict);
        System.out.println("short of the quota: " + shortfall(coverage, lateElders));
        RosterPlanMapper.Inputs in = bean(RosterInputsLoader.class).load(rosterId);
        RosterChecker.Report report = bean(RosterChecker.class).check(in, in.visits());
        System.out.printf(Locale.ROOT, "overtime: %d min on %d of %d team days (at most %d min a day)%n",
                report.overtimeSeconds() / 60, report.routes().stream().filter(r -> r.routeSeconds() > r.limitSeconds() + 60).count(),
                report.routes().size(), in.overtimeMinutes());
        setClock(MONTH.atEndOfMonth().atTime(20, 0));
        RosterService.Created next = bean(RosterService.class).create(centerId, MONTH.plusMonths(1));
        long carried = bean(RosterCoverage.class).of(next.roster().getId()).coverage().stream()
                .mapToLong(c -> c.carriedIn().size()).sum();
        System.out.printf(Locale.ROOT, "next month's roster: %d visits, %d of them carried from %s%n", next.visits(),
                carried, MONTH);
        System.out.printf(Locale.ROOT, "re-plans: %d (%d after events, p50 %.2f s, p95 %.2f s; the rest each morning), "
                        + "sick-day events: %d, extra moves per sick day: %s%n", replanSeconds.size(), eventSeconds.size(),
                quantile(eventSeconds, 0.5), quantile(eventSeconds, 0.95), extraMovesPerSickDay.size(), extraMovesPerSickDay);
        if (nightly) {
            System.out.printf(Locale.ROOT, "nightly full re-plans: %d, p50 %.2f s, p95 %.2f s, published visits moved or "
                            + "cancelled each: %s%n", nightlySeconds.size(), quantile(nightlySeconds, 0.5),
                    quantile(nightlySeconds, 0.95), nightlyMoves);
        }
        System.out.printf(Locale.ROOT, "SUMMARY elders=%d home_bed_full_quota_pct=%.2f all_full_quota_pct=%.2f "
                        + "extra_moves_per_sick_day_median=%.1f replan_seconds_p50=%.2f replan_seconds_p95=%.2f "
                        + "moved_done_visits=%d%n", elderCount, bedsFull, allFull,
                quantile(extraMovesPerSickDay.stream().map(Integer::doubleValue).toList(), 0.5),
                quantile(replanSeconds, 0.5), quantile(replanSeconds, 0.95), movedDone.size());
    }

    /**
     * Why the elders short of their quota are: each visit they are owed, by what became of it (missed and
     * not made up; left unassigned, with the reason, a make-up or not), and how many of them signed late.
     */
    private String shortfall(RosterCoverage.Coverage coverage, Set<String> lateElders) {
        Set<Long> shortElders = coverage.coverage().stream().filter(c -> !c.fullQuota())
                .map(RosterCoverage.ElderCoverage::elderId).collect(Collectors.toSet());
        List<Visit> theirs = visits().findByRosterId(rosterId).stream()
                .filter(v -> shortElders.contains(v.getElderId()) && v.getDueBy() == null).toList();
        Set<Long> madeUp = theirs.stream().filter(v -> v.getMakesUpVisitId() != null && v.getStatus() == VisitStatus.DONE)
                .map(Visit::getMakesUpVisitId).collect(Collectors.toSet());
        Map<String, Integer> why = new TreeMap<>();
        Map<Long, List<Visit>> byElder = theirs.stream().collect(Collectors.groupingBy(Visit::getElderId));
        Map<Long, Elder> elders = bean(ElderRepository.class).findAllById(shortElders).stream()
                .collect(Collectors.toMap(Elder::getId, Function.identity()));
        var policy = bean(PolicyAdministration.class).policyOf(centerId);
        Set<Long> noDayLeft = new HashSet<>();
        for (Visit v : theirs) {
            String make = v.getMakesUpVisitId() != null ? "make_up_" : "";
            if (v.getStatus() == VisitStatus.MISSED && !madeUp.contains(v.getId())) {
                int gap = policy.tierFor(elders.get(v.getElderId()).latestAssessmentOn(MONTH.atEndOfMonth())
                        .orElseThrow().score()).minGapDays();
                boolean dayLeft = makeUpDayLeft(v, byElder.get(v.getElderId()), gap);
                if (!dayLeft) {
                    noDayLeft.add(v.getElderId());
                }
                why.merge("missed_not_made_up" + (dayLeft ? "_a_day_left" : "_no_day_left_with_gap"), 1,
                        Integer::sum);
            } else if (v.getStatus() == VisitStatus.PLANNED && !v.isAssigned()) {
                why.merge(make + "unassigned_" + v.getUnassignedReason(), 1, Integer::sum);
            }
        }
        long late = coverage.coverage().stream().filter(c -> !c.fullQuota() && lateElders.contains(c.elderCode())).count();
        Set<Long> beds = theirs.stream().filter(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED).map(Visit::getElderId)
                .collect(Collectors.toSet());
        return shortElders.size() + " elders (" + beds.size() + " with a home hospital bed), " + late
                + " of them signed in the month; " + noDayLeft.size() + " (" + noDayLeft.stream().filter(beds::contains).count()
                + " home-bed) with a miss no working day could make up; owed visits " + why;
    }

    /**
     * Whether the month still has a working day for a make-up of the missed visit: from the next morning's
     * re-plan on (a waiting visit may join the end of a frozen day's route) and at least the minimum gap from
     * the elder's other visits made or placed. Weekdays only (no holiday in December 2026), any team.
     */
    private static boolean makeUpDayLeft(Visit missed, List<Visit> elderVisits, int gap) {
        for (LocalDate day = missed.getVisitDate().plusDays(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate candidate = day;
            if (day.getDayOfWeek().getValue() <= 5 && elderVisits.stream()
                    .filter(o -> o != missed && o.isAssigned() && o.getStatus() != VisitStatus.MISSED
                            && o.getStatus() != VisitStatus.CANCELLED)
                    .allMatch(o -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(o.getVisitDate(), candidate)) >= gap)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets 1 % of the contracts in force all month lapse the day before it (rewriting contracts.csv): they
     * are renewed on a working day of the month instead, as contracts signed after the roster was made.
     */
    private static List<LateContract> holdBackContracts(Path dir, Random random) throws Exception {
        Path file = dir.resolve("contracts.csv");
        List<String> lines = Files.readAllLines(file);
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        List<LateContract> late = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            boolean allMonth = LocalDate.parse(f[3]).isBefore(MONTH.atDay(1)) && f[4].isEmpty();
            if (allMonth && random.nextDouble() < NEW_CONTRACTS) {
                LocalDate signedOn = MONTH.atDay(2 + random.nextInt(MONTH.lengthOfMonth() - 8));
                while (signedOn.getDayOfWeek().getValue() > 5) {
                    signedOn = signedOn.plusDays(1);
                }
                late.add(new LateContract(f[0], f[1], ServicePackage.valueOf(f[2]), signedOn));
                // Lapsed the day before the month: the elder belongs to the center, without visits in it.
                f[4] = MONTH.atDay(1).minusDays(1).toString();
            }
            kept.add(String.join(",", f));
        }
        Files.write(file, kept);
        return late;
    }

    private void signIn(Role role, Long teamId) {
        SignedInUser user = new SignedInUser(null, "month-" + role.name().toLowerCase(Locale.ROOT), "", "benchmark",
                role, centerId, teamId);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private com.carerounds.solver.RosterWeights weights() {
        return bean(PolicyAdministration.class).weightsOf(centerId);
    }

    private VisitRepository visits() {
        return bean(VisitRepository.class);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private void setClock(LocalDateTime at) {
        clock.advance(Duration.between(clock.instant(), at.atZone(ZONE).toInstant()));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    private static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
