package com.carerounds.dataset.generator;

import com.carerounds.elder.CareNeed;
import com.carerounds.policy.VisitPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a dataset in the documented CSV format (data/README.md) for any number of elders, teams and
 * centers, the same bytes for the same arguments. Elders live in residential compounds around their
 * center inside a real district, with a realistic ADL mix, needs and contracts; team capacity is set
 * so that demand is a chosen share of it.
 *
 * <p>Benchmark and demo tooling, not part of the product: {@code ops/generate-dataset.sh} runs it.
 */
public final class DatasetGenerator {

    /** Travel allowance per leg when sizing capacity, in minutes, by travel mode: about 1.5 km of street. */
    private static final Map<String, Integer> TRAVEL_MINUTES_PER_LEG = Map.of("WALK", 22, "EBIKE", 7, "CAR", 7);
    /** Demand is sized with the visit policy a center starts with, the one its rosters will use. */
    private static final VisitPolicy POLICY = VisitPolicy.defaults(0L);

    public record Options(Path out, int elders, int teams, int centers, long seed, YearMonth month, double supply) {

        public Options {
            if (elders < 1 || teams < 1 || centers < 1 || teams < centers) {
                throw new IllegalArgumentException("need at least one elder, one center and one team per center");
            }
            if (supply <= 0) {
                throw new IllegalArgumentException("--supply must be positive");
            }
        }
    }

    /** What was written: counts and the month's estimated demand and capacity in minutes. */
    public record Summary(int elders, int teams, int centers, int visits, long demandMinutes, long capacityMinutes) {
    }

    private final Options options;
    private final Random random;
    private final People people;
    private final Map<String, StringBuilder> files = new LinkedHashMap<>();
    private final Map<TeamPlan, Integer> caseload = new HashMap<>();

    private DatasetGenerator(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.people = new People(random);
    }

    public static Summary generate(Options options) {
        return new DatasetGenerator(options).run();
    }

    public static void main(String[] args) {
        Options options = parse(args);
        Summary summary = generate(options);
        System.out.printf(Locale.ROOT, "wrote %s: %d centers, %d teams, %d elders, %d visits; demand %d min, "
                        + "capacity %d min (demand/capacity %.2f)%n", options.out(), summary.centers(), summary.teams(),
                summary.elders(), summary.visits(), summary.demandMinutes(), summary.capacityMinutes(),
                summary.demandMinutes() / (double) summary.capacityMinutes());
    }

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("--elders", "300", "--teams", "6", "--centers", "1",
                "--seed", "1", "--month", "2026-12", "--supply", "1.25"));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --out DIR [--elders N] [--teams T] [--centers C] "
                        + "[--seed S] [--month yyyy-MM] [--supply F]; unexpected '" + args[i] + "'");
            }
            values.put(args[i], args[++i]);
        }
        if (!values.containsKey("--out")) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new Options(Path.of(values.get("--out")), Integer.parseInt(values.get("--elders")),
                Integer.parseInt(values.get("--teams")), Integer.parseInt(values.get("--centers")),
                Long.parseLong(values.get("--seed")), YearMonth.parse(values.get("--month")),
                Double.parseDouble(values.get("--supply")));
    }

    private record Center(String code, String name, String address, District district, double latitude,
                          double longitude, List<double[]> compounds) {
    }

    /** Usual home-visit hours, and the longer day of centers whose teams carry large caseloads. */
    private static final String[] USUAL_HOURS = {"08:30", "17:00"};
    private static final String[] LONG_HOURS = {"08:00", "18:00"};

    private record TeamPlan(String code, Center center, List<String> roles, String travelMode, double[] anchor,
                            List<LocalDate> leave) {
    }

    private Summary run() {
        header("centers.csv", "code,name,address,latitude,longitude,visit_start,visit_end");
        header("teams.csv", "code,center_code,name,travel_mode,working_days,max_visit_minutes,max_visits");
        header("team_members.csv", "team_code,name,role");
        header("team_leave.csv", "team_code,start_date,end_date,reason");
        header("elders.csv", "code,name,sex,birth_date,national_id,phone,address,latitude,longitude,categories,"
                + "chronic_conditions,needs,preferred_half_day,unavailable_dates");
        header("assessments.csv", "elder_code,assessed_on,adl_score,assessor");
        header("contracts.csv", "elder_code,team_code,service_package,start_date,end_date");

        List<Center> centers = centers();
        List<TeamPlan> teams = teams(centers);
        Map<TeamPlan, long[]> demand = new LinkedHashMap<>();
        teams.forEach(t -> demand.put(t, new long[2]));
        int visits = 0;
        for (int e = 0; e < options.elders(); e++) {
            Center center = centers.get(e % centers.size());
            visits += elder(e, center, teams, demand);
        }
        long demandMinutes = 0;
        long capacityMinutes = 0;
        Map<Center, String[]> hours = new HashMap<>();
        int weekdays = (int) options.month().atDay(1).datesUntil(options.month().atEndOfMonth().plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        for (TeamPlan team : teams) {
            long[] teamDemand = demand.get(team);
            int days = Math.max(1, weekdays - team.leave().size());
            double minutesPerDay = teamDemand[0] / (double) days;
            double visitsPerDay = teamDemand[1] / (double) days;
            int wanted = Math.max(60, (int) Math.ceil(options.supply() * minutesPerDay / 10.0) * 10);
            hours.merge(team.center(), wanted > minutes(USUAL_HOURS) ? LONG_HOURS : USUAL_HOURS,
                    (a, b) -> a == LONG_HOURS ? a : b);
            // A team cannot be out longer than the center's home-visit hours, whatever its caseload.
            int maxMinutes = Math.min(wanted, minutes(LONG_HOURS));
            int maxVisits = Math.max(2, (int) Math.ceil(options.supply() * visitsPerDay) + 1);
            team(team, maxMinutes, maxVisits);
            demandMinutes += teamDemand[0];
            capacityMinutes += (long) maxMinutes * days;
        }
        for (Center center : centers) {
            String[] centerHours = hours.getOrDefault(center, USUAL_HOURS);
            row("centers.csv", center.code(), center.name(), center.address(), coordinate(center.latitude()),
                    coordinate(center.longitude()), centerHours[0], centerHours[1]);
        }
        write();
        return new Summary(options.elders(), teams.size(), centers.size(), visits, demandMinutes, capacityMinutes);
    }

    private List<Center> centers() {
        List<Center> centers = new ArrayList<>();
        int districts = District.ALL.size();
        for (int c = 0; c < options.centers(); c++) {
            District district = District.ALL.get(c % districts);
            int share = (options.centers() + districts - 1 - c % districts) / districts;
            int slot = c / districts;
            // Several centers in one district split its box into strips from west to east.
            double width = (district.maxLongitude() - district.minLongitude()) / share;
            double west = district.minLongitude() + slot * width;
            double lat = between(district.minLatitude() + 0.3 * (district.maxLatitude() - district.minLatitude()),
                    district.maxLatitude() - 0.3 * (district.maxLatitude() - district.minLatitude()));
            double lon = west + width * between(0.35, 0.65);
            List<double[]> compounds = new ArrayList<>();
            int compoundCount = Math.max(4, options.elders() / options.centers() / 12);
            for (int k = 0; k < compoundCount; k++) {
                compounds.add(new double[] {
                        clamp(lat + random.nextGaussian() * 0.008, district.minLatitude(), district.maxLatitude()),
                        clamp(lon + random.nextGaussian() * 0.009 * Math.min(1, width / 0.02),
                                west, west + width)});
            }
            String code = String.format("C%02d", c + 1);
            String name = district.roads().get(c % district.roads().size()).replace("路", "") + "街道社区卫生服务中心";
            String address = district.name() + people.pick(district.roads()) + (random.nextInt(300) + 1) + "号";
            centers.add(new Center(code, name, address, district, lat, lon, compounds));
        }
        return centers;
    }

    private List<TeamPlan> teams(List<Center> centers) {
        List<TeamPlan> teams = new ArrayList<>();
        for (int t = 0; t < options.teams(); t++) {
            Center center = centers.get(t % centers.size());
            String code = center.code() + "-T" + String.format("%02d", t / centers.size() + 1);
            List<String> roles = new ArrayList<>(List.of("GENERAL_PRACTITIONER"));
            // In larger datasets about one team in eight has no nurse: others must cover its home hospital beds.
            if (options.teams() <= 6 || random.nextInt(8) != 0) {
                roles.add("NURSE");
            }
            if (random.nextDouble() < 0.35) {
                roles.add("TCM_DOCTOR");
            }
            if (random.nextDouble() < 0.35) {
                roles.add("REHAB_THERAPIST");
            }
            if (random.nextDouble() < 0.4) {
                roles.add("PUBLIC_HEALTH");
            }
            // Each center's first team is comprehensive, so every combination of needs has a team.
            if (t < centers.size()) {
                for (String role : List.of("NURSE", "TCM_DOCTOR", "REHAB_THERAPIST")) {
                    if (!roles.contains(role)) {
                        roles.add(role);
                    }
                }
            }
            List<LocalDate> leave = new ArrayList<>();
            if (random.nextDouble() < 0.2) {
                LocalDate start = options.month().atDay(3 + random.nextInt(20));
                int length = 1 + random.nextInt(3);
                for (int d = 0; d < length; d++) {
                    if (start.plusDays(d).getDayOfWeek().getValue() <= 5) {
                        leave.add(start.plusDays(d));
                    }
                }
                row("team_leave.csv", code, start.toString(), start.plusDays(length - 1).toString(),
                        people.pick(List.of("培训", "年假", "外出进修", "病假")));
            }
            String mode = random.nextDouble() < 0.15 ? "WALK" : random.nextDouble() < 0.1 ? "CAR" : "EBIKE";
            teams.add(new TeamPlan(code, center, roles, mode, people.pick(center.compounds()), leave));
        }
        return teams;
    }

    private void team(TeamPlan team, int maxMinutes, int maxVisits) {
        String gp = people.staffName();
        row("teams.csv", team.code(), team.center().code(), gp.charAt(0) + "医生团队", team.travelMode(),
                "MON|TUE|WED|THU|FRI",
                Integer.toString(maxMinutes), Integer.toString(maxVisits));
        row("team_members.csv", team.code(), gp, "GENERAL_PRACTITIONER");
        for (String role : team.roles().subList(1, team.roles().size())) {
            row("team_members.csv", team.code(), people.staffName(), role);
        }
    }

    /** Writes one elder with assessments and contract; returns the visits the elder needs this month. */
    private int elder(int index, Center center, List<TeamPlan> teams, Map<TeamPlan, long[]> demand) {
        String code = center.code() + "-E" + String.format("%05d", index + 1);
        boolean woman = random.nextDouble() < 0.58;
        int age = (int) Math.round(clamp(81 + random.nextGaussian() * 7, 65, 100));
        LocalDate month = options.month().atDay(1);
        LocalDate birth = month.minusYears(age).minusDays(random.nextInt(365));
        double[] compound = people.pick(center.compounds());
        double lat = clamp(compound[0] + random.nextGaussian() * 0.0008, center.district().minLatitude(),
                center.district().maxLatitude());
        double lon = clamp(compound[1] + random.nextGaussian() * 0.0008, center.district().minLongitude(),
                center.district().maxLongitude());

        double draw = random.nextDouble();
        int adl = draw < 0.25 ? 5 + random.nextInt(40) : draw < 0.55 ? 45 + random.nextInt(15) : 60 + random.nextInt(36);
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> conditions = new TreeSet<>();
        TreeSet<String> needs = new TreeSet<>();
        if (adl < 40) {
            categories.add("DISABLED");
        } else if (adl <= 60) {
            categories.add("SEMI_DISABLED");
        }
        if (age >= 80) {
            categories.add("VERY_OLD");
        }
        maybe(0.3, categories, "EMPTY_NEST");
        maybe(0.03, categories, "FAMILY_PLANNING_SPECIAL");
        maybe(0.05, categories, "HARDSHIP");
        maybe(0.04, categories, "POST_DISCHARGE");
        maybe(adl < 45 ? 0.06 : 0.005, categories, "END_OF_LIFE");
        maybe(0.6, conditions, "HYPERTENSION");
        maybe(0.25, conditions, "DIABETES");
        maybe(0.15, conditions, "CORONARY_HEART_DISEASE");
        maybe(adl < 60 ? 0.2 : 0.04, conditions, "STROKE_SEQUELAE");
        maybe(0.08, conditions, "COPD");
        maybe(0.06, conditions, "DEMENTIA");
        maybe(0.04, conditions, "CANCER");
        if (conditions.contains("STROKE_SEQUELAE") || (categories.contains("SEMI_DISABLED") && random.nextDouble() < 0.3)) {
            needs.add("REHABILITATION");
        }
        maybe(0.1, needs, "TCM");
        if (categories.contains("END_OF_LIFE")) {
            needs.add("HOSPICE");
        }
        maybe(0.15, needs, "COGNITIVE_SCREENING");
        String halfDay = random.nextDouble() < 0.3 ? (random.nextBoolean() ? "MORNING" : "AFTERNOON") : "";
        TreeSet<LocalDate> unavailable = new TreeSet<>();
        if (random.nextDouble() < 0.1) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                unavailable.add(options.month().atDay(1 + random.nextInt(options.month().lengthOfMonth())));
            }
        }
        String address = center.district().name() + people.pick(center.district().roads()) + (random.nextInt(900) + 1)
                + "弄" + (random.nextInt(40) + 1) + "号" + (random.nextInt(6) + 1) + "0" + (random.nextInt(4) + 1) + "室";
        row("elders.csv", code, people.name(woman), woman ? "F" : "M", birth.toString(),
                people.nationalId(center.district().regionCode(), birth, woman),
                random.nextDouble() < 0.9 ? people.mobile() : "", address, coordinate(lat), coordinate(lon),
                String.join("|", categories), String.join("|", conditions), String.join("|", needs), halfDay,
                String.join("|", unavailable.stream().map(LocalDate::toString).toList()));

        int assessments = 1 + random.nextInt(3);
        LocalDate latest = month.minusDays(7 + random.nextInt(330));
        for (int a = assessments - 1; a >= 0; a--) {
            int score = a == 0 ? adl : (int) clamp(adl + 5 * a + random.nextInt(11) - 5, 0, 100);
            row("assessments.csv", code, latest.minusDays(180L * a).toString(), Integer.toString(score),
                    people.staffName());
        }

        TeamPlan team = nearestTeam(center, lat, lon, teams);
        LocalDate start = month.minusDays(30 + random.nextInt(1000));
        String end = "";
        double change = random.nextDouble();
        if (change < 0.03) {
            start = options.month().atDay(2 + random.nextInt(options.month().lengthOfMonth() - 2));
        } else if (change < 0.06) {
            end = options.month().atDay(1 + random.nextInt(options.month().lengthOfMonth() - 1)).toString();
        }
        row("contracts.csv", code, team.code(), POLICY.needsHomeHospitalBed(adl) ? "HOME_HOSPITAL_BED" : random.nextDouble() < 0.3
                ? "ENHANCED" : "BASIC", start.toString(), end);

        int visits = POLICY.tierFor(adl).visitsPerMonth();
        Set<CareNeed> careNeeds = needs.stream().map(CareNeed::valueOf).collect(Collectors.toSet());
        int minutes = POLICY.visitMinutes(POLICY.needsHomeHospitalBed(adl), careNeeds);
        int leg = TRAVEL_MINUTES_PER_LEG.get(team.travelMode());
        demand.get(team)[0] += (long) visits * (minutes + leg) + leg;
        demand.get(team)[1] += visits;
        return visits;
    }

    /**
     * Contracts follow geography within equal caseloads: an elder signs with the nearest team that
     * still has room, as centers share contracts evenly among their teams.
     */
    private TeamPlan nearestTeam(Center center, double lat, double lon, List<TeamPlan> teams) {
        TeamPlan best = null;
        double bestDistance = Double.MAX_VALUE;
        for (TeamPlan team : teams) {
            if (team.center() != center || caseload.getOrDefault(team, 0) >= quota(center, teams)) {
                continue;
            }
            double d = Math.pow(team.anchor()[0] - lat, 2) + Math.pow(team.anchor()[1] - lon, 2);
            if (d < bestDistance) {
                bestDistance = d;
                best = team;
            }
        }
        caseload.merge(best, 1, Integer::sum);
        return best;
    }

    private int quota(Center center, List<TeamPlan> teams) {
        long centerTeams = teams.stream().filter(t -> t.center() == center).count();
        int centerElders = options.elders() / options.centers() + 1;
        return (int) Math.ceil(centerElders / (double) centerTeams);
    }

    private static int minutes(String[] hours) {
        return (int) java.time.Duration.between(java.time.LocalTime.parse(hours[0]),
                java.time.LocalTime.parse(hours[1])).toMinutes();
    }

    private void maybe(double probability, TreeSet<String> set, String value) {
        if (random.nextDouble() < probability) {
            set.add(value);
        }
    }

    private double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private void header(String file, String columns) {
        files.put(file, new StringBuilder(columns).append('\n'));
    }

    private void row(String file, String... fields) {
        StringBuilder out = files.get(file);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields[i];
            out.append(field.contains(",") || field.contains("\"") || field.contains("\n")
                    ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.append('\n');
    }

    private void write() {
        try {
            Files.createDirectories(options.out());
            for (var file : files.entrySet()) {
                Files.writeString(options.out().resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
