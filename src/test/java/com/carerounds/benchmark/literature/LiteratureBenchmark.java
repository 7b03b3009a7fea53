package com.carerounds.benchmark.literature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Solves Solomon VRPTW and Cordeau PVRP files with our solver or OR-Tools and scores each result
 * with the independent {@link Checker}. Prints one CSV row per instance, then a SUMMARY line per
 * instance set. Run by ops/benchmark/literature.sh.
 */
public final class LiteratureBenchmark {

    private static final String USAGE = "usage: [--seconds N] [--solver carerounds|ortools] FILE...";

    private LiteratureBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long seconds = 60;
        String solver = "carerounds";
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--solver" -> solver = args[++i];
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty() || !List.of("carerounds", "ortools").contains(solver) || seconds < 1) {
            System.err.println(USAGE);
            System.exit(2);
        }
        // Plain CSV on standard output: the solver's progress log would interleave with it.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.optaplanner"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        // A failed solve's row says feasible=error and ends with the exception's first line.
        System.out.println("instance,solver,seconds,distance,routes,feasible,bks,gap_pct,error");
        long limit = seconds;
        Map<Instance.Family, List<Row>> rows = new LinkedHashMap<>();
        for (Path file : files) {
            Instance instance = InstanceReader.read(file);
            Row row = run(instance, solver, solver.equals("ortools")
                    ? i -> OrToolsAdapter.solve(i, limit) : i -> CareRoundsAdapter.solve(i, limit), bestKnown(file));
            System.out.println(row.csv());
            rows.computeIfAbsent(instance.family(), f -> new ArrayList<>()).add(row);
        }
        String name = solver;
        rows.forEach((family, familyRows) -> System.out.println(summary(family, name, familyRows)));
    }

    record Row(String instance, String solver, double seconds, Checker.Report report, Double bks, String error) {

        Row(String instance, String solver, double seconds, Checker.Report report, Double bks) {
            this(instance, solver, seconds, report, bks, null);
        }

        /** A solve that threw: no routes to check, the exception's first line instead. */
        static Row failed(String instance, String solver, double seconds, Throwable error, Double bks) {
            String firstLine = String.valueOf(error).lines().findFirst().orElse("");
            return new Row(instance, solver, seconds, null, bks, firstLine);
        }

        boolean failed() {
            return error != null;
        }

        boolean feasible() {
            return !failed() && report.feasible();
        }

        /** None without a best-known value, or when infeasible: a route set missing visits is not comparable. */
        Double gapPct() {
            return bks == null || !feasible() ? null : (report.distance() - bks) / bks * 100;
        }

        String csv() {
            String best = bks == null ? "" : String.format(Locale.ROOT, "%.2f", bks);
            if (failed()) {
                return String.format(Locale.ROOT, "%s,%s,%.1f,,,error,%s,,\"%s\"", instance, solver, seconds, best,
                        error.replace("\"", "\"\""));
            }
            return String.format(Locale.ROOT, "%s,%s,%.1f,%.2f,%d,%s,%s,%s", instance, solver, seconds,
                    report.distance(), report.routes(), report.feasible() ? "yes" : "no", best,
                    gapPct() == null ? "" : hundredths(gapPct()));
        }
    }

    /**
     * Solves and checks one instance. A solve that throws is recorded as failed, with its stack trace on
     * standard error, so that the run goes on with the next instance.
     */
    static Row run(Instance instance, String solver, Function<Instance, Solution> solve, Double bks) {
        long start = System.nanoTime();
        Solution solution;
        try {
            solution = solve.apply(instance);
        } catch (RuntimeException | StackOverflowError error) {
            System.err.println(instance.name() + " (" + solver + "): the solve failed");
            error.printStackTrace();
            return Row.failed(instance.name(), solver, (System.nanoTime() - start) / 1e9, error, bks);
        }
        double spent = (System.nanoTime() - start) / 1e9;
        Checker.Report report = Checker.check(instance, solution);
        if (!report.feasible()) {
            System.err.println(instance.name() + " (" + solver + "): " + report.violations().size() + " violations, first: "
                    + report.violations().get(0));
        }
        return new Row(instance.name(), solver, spent, report, bks);
    }

    /**
     * Mean and worst gap over the instances with a best-known value. An infeasible result counts
     * in {@code infeasible}, a failed solve in {@code errors}, neither in the gaps: no comparable distance.
     */
    static String summary(Instance.Family family, String solver, List<Row> rows) {
        List<Double> gaps = rows.stream().filter(r -> r.gapPct() != null)
                .map(Row::gapPct).toList();
        OptionalDouble mean = gaps.stream().mapToDouble(Double::doubleValue).average();
        OptionalDouble worst = gaps.stream().mapToDouble(Double::doubleValue).max();
        long errors = rows.stream().filter(Row::failed).count();
        long infeasible = rows.stream().filter(r -> !r.failed() && !r.feasible()).count();
        return String.format(Locale.ROOT,
                "SUMMARY set=%s solver=%s instances=%d mean_gap_pct=%s worst_gap_pct=%s infeasible=%d errors=%d",
                family.label, solver, rows.size(), format(mean), format(worst), infeasible, errors);
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? hundredths(value.getAsDouble()) : "NA";
    }

    /** Two decimals; a distance equal to the best known up to floating-point noise prints 0.00, not -0.00. */
    static String hundredths(double value) {
        return String.format(Locale.ROOT, "%.2f", Math.round(value * 100) / 100.0 + 0.0);
    }

    /** The best-known value from a bks.csv in the file's folder or the one above it, if there is one. */
    static Double bestKnown(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path folder = file.toAbsolutePath().getParent();
        for (Path dir : new Path[] {folder, folder.getParent()}) {
            Path csv = dir == null ? null : dir.resolve("bks.csv");
            if (csv == null) {
                continue;
            }
            if (Files.isRegularFile(csv)) {
                Map<String, Double> values = new HashMap<>();
                for (String line : Files.readAllLines(csv)) {
                    String[] cells = line.split(",");
                    if (cells.length == 2 && cells[1].trim().matches("[\\d.]+")) {
                        values.put(cells[0].trim().toLowerCase(Locale.ROOT), Double.parseDouble(cells[1].trim()));
                    }
                }
                return values.get(name.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }
}
