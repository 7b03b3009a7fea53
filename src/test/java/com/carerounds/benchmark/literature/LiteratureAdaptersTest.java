package com.carerounds.benchmark.literature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The literature benchmark's reading, checking and both adapters, on small files written here in
 * the two formats: what the benchmark's figures rest on.
 */
class LiteratureAdaptersTest {

    /** Depot open 0..200; four customers, two vehicles of capacity 20; customer 3 only from 50. */
    private static final String SOLOMON = """
            TINY1

            VEHICLE
            NUMBER     CAPACITY
              2         20

            CUSTOMER
            CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

                0      0          0          0          0        200          0
                1      3          4         10          0        100         10
                2      6          8          5          0        100         10
                3     -3         -4         10         50         60         10
                4     -6         -8          5          0        150         10
            """;

    /** Two days, one vehicle a day of capacity 10; customer 1 daily, 2 on either day, 3 on day 2 only. */
    private static final String CORDEAU = """
            1 1 3 2
            0 10
            0 10
             0  0  0 0 0 0 0
             1  3  4 0 4 2 1 3
             2  0 10 0 5 1 2 1 2
             3 10  0 0 4 1 1 1
            """;

    @TempDir
    Path folder;

    private Instance solomon() throws IOException {
        return InstanceReader.read(Files.writeString(folder.resolve("TINY1.txt"), SOLOMON));
    }

    private Instance cordeau() throws IOException {
        return InstanceReader.read(Files.writeString(folder.resolve("t01.txt"), CORDEAU));
    }

    @Test
    void readsSolomonFiles() throws IOException {
        Instance instance = solomon();
        assertThat(instance.family()).isEqualTo(Instance.Family.SOLOMON);
        assertThat(instance.vehiclesPerDay()).isEqualTo(2);
        assertThat(instance.capacity()).containsExactly(20);
        assertThat(instance.depot().due()).isEqualTo(200);
        assertThat(instance.customers()).hasSize(4);
        assertThat(instance.customer(3)).satisfies(c -> {
            assertThat(c.ready()).isEqualTo(50);
            assertThat(c.due()).isEqualTo(60);
            assertThat(c.service()).isEqualTo(10);
            assertThat(c.demand()).isEqualTo(10);
        });
    }

    @Test
    void readsCordeauFilesWithDayOneAsTheLeftmostBit() throws IOException {
        Instance instance = cordeau();
        assertThat(instance.family()).isEqualTo(Instance.Family.CORDEAU);
        assertThat(instance.days()).isEqualTo(2);
        assertThat(instance.customer(1).patterns()).containsExactly(0b11);
        assertThat(instance.customer(2).patterns()).containsExactlyInAnyOrder(0b10, 0b01);
        assertThat(instance.customer(3).patterns()).as("1 = binary 01 = day 2 only").containsExactly(0b10);
        assertThat(InstanceReader.leftToRight(10, 5)).as("the README's example: days 2 and 4").isEqualTo(0b01010);
    }

    @Test
    void refusesFilesOfAnotherFormat() throws IOException {
        Path mdvrp = Files.writeString(folder.resolve("m01.txt"), "2 4 50 4\n0 80\n");
        assertThatThrownBy(() -> InstanceReader.read(mdvrp)).hasMessageContaining("not 1 (PVRP)");
    }

    @Test
    void checkerMeasuresTruncatedDistanceAndFindsEveryBrokenRule() throws IOException {
        Instance instance = solomon();
        // 0-1-2-0 and 0-4-3-0: legs 5, 5, 10 and 10, 5, 5, all exact.
        Checker.Report good = Checker.check(instance, new Solution(List.of(
                new Solution.Route(0, List.of(1, 2)), new Solution.Route(0, List.of(4, 3)))));
        assertThat(good.violations()).isEmpty();
        assertThat(good.distance()).isEqualTo(40.0);
        assertThat(good.routes()).isEqualTo(2);

        // One route for everything: load 30 > 20, and customer 3 reached after its due time.
        Checker.Report bad = Checker.check(instance, new Solution(List.of(
                new Solution.Route(0, List.of(1, 2, 4, 3)))));
        assertThat(bad.violations()).anySatisfy(v -> assertThat(v).contains("loads 30 > 20"))
                .anySatisfy(v -> assertThat(v).contains("customer 3 reached"));

        Checker.Report missing = Checker.check(instance, new Solution(List.of(new Solution.Route(0, List.of(1, 2)))));
        assertThat(missing.violations()).anySatisfy(v -> assertThat(v).contains("customer 3 visited 0 times"));

        Instance diagonal = new Instance("d", Instance.Family.SOLOMON,
                new Instance.Node(0, 0, 0, 0, 0, 0, 100, 0, new long[] {1}),
                List.of(new Instance.Node(1, 1, 1, 0, 0, 0, 100, 1, new long[] {1})), 1, 1, new int[] {10},
                new double[] {0});
        assertThat(Checker.check(diagonal, new Solution(List.of(new Solution.Route(0, List.of(1))))).distance())
                .as("sqrt 2 = 1.414... truncated to 1.4 each way").isEqualTo(2.8);
    }

    @Test
    void checkerEnforcesDayCombinationsAndRoutesPerDay() throws IOException {
        Instance instance = cordeau();
        Checker.Report good = Checker.check(instance, new Solution(List.of(
                new Solution.Route(0, List.of(1, 2)), new Solution.Route(1, List.of(1, 3)))));
        assertThat(good.violations()).isEmpty();

        Checker.Report wrongDay = Checker.check(instance, new Solution(List.of(
                new Solution.Route(0, List.of(1, 2, 3)), new Solution.Route(1, List.of(1)))));
        assertThat(wrongDay.violations()).anySatisfy(v -> assertThat(v).contains("customer 3 visited on days"));

        Checker.Report twoRoutes = Checker.check(instance, new Solution(List.of(
                new Solution.Route(0, List.of(1)), new Solution.Route(0, List.of(2)), new Solution.Route(1, List.of(1, 3)))));
        assertThat(twoRoutes.violations()).anySatisfy(v -> assertThat(v).contains("2 routes on day 0 > 1"));
    }

    @Test
    void ourSolverSolvesBothFormatsFeasiblyAndOptimallyOnTinyInstances() throws IOException {
        Checker.Report solomon = Checker.check(solomon(), CareRoundsAdapter.solve(solomon(), 2));
        assertThat(solomon.violations()).isEmpty();
        assertThat(solomon.distance()).isEqualTo(40.0);

        Checker.Report cordeau = Checker.check(cordeau(), CareRoundsAdapter.solve(cordeau(), 2));
        assertThat(cordeau.violations()).isEmpty();
        // Customer 2 goes with customer 1 on day 1, customer 3 with customer 1 on day 2.
        double twoRoutes = (5 + Math.hypot(3, 6) + 10) + (5 + Math.hypot(7, 4) + 10);
        assertThat(cordeau.distance()).isCloseTo(twoRoutes, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void orToolsPeerIsScoredByTheSameChecker() throws IOException {
        Checker.Report solomon = Checker.check(solomon(), OrToolsAdapter.solve(solomon(), 1));
        assertThat(solomon.violations()).isEmpty();
        assertThat(solomon.distance()).isEqualTo(40.0);
        assertThat(Checker.check(cordeau(), OrToolsAdapter.solve(cordeau(), 1)).violations()).isEmpty();
    }

    @Test
    void gapComesFromTheBestKnownValueBesideTheFileAndInfeasibleResultsHaveNone() throws IOException {
        Files.writeString(folder.resolve("bks.csv"), "instance,bks_distance\nTINY1,32.0\n");
        Path file = Files.writeString(folder.resolve("TINY1.txt"), SOLOMON);
        assertThat(LiteratureBenchmark.bestKnown(file)).isEqualTo(32.0);

        Checker.Report feasible = new Checker.Report(40.0, 2, List.of());
        Checker.Report infeasible = new Checker.Report(30.0, 1, List.of("customer 3 visited 0 times"));
        LiteratureBenchmark.Row good = new LiteratureBenchmark.Row("TINY1", "carerounds", 1, feasible, 32.0);
        LiteratureBenchmark.Row bad = new LiteratureBenchmark.Row("TINY2", "carerounds", 1, infeasible, 32.0);
        assertThat(good.gapPct()).isEqualTo(25.0);
        assertThat(bad.gapPct()).isNull();
        assertThat(LiteratureBenchmark.summary(Instance.Family.SOLOMON, "carerounds", List.of(good, bad)))
                .isEqualTo("SUMMARY set=solomon solver=carerounds instances=2 mean_gap_pct=25.00 worst_gap_pct=25.00"
                        + " infeasible=1 errors=0");
    }

    @Test
    void aSolveThatThrowsIsRecordedAsAnErrorAndLeavesTheGapsAlone() throws IOException {
        LiteratureBenchmark.Row failed = LiteratureBenchmark.run(cordeau(), "carerounds", instance -> {
            throw new IndexOutOfBoundsException("Index 13 out of bounds for length 13\n\tat somewhere");
        }, 32.0);
        LiteratureBenchmark.Row good = LiteratureBenchmark.run(cordeau(), "carerounds",
                instance -> CareRoundsAdapter.solve(instance, 1), null);

        assertThat(failed.csv()).matches("t01,carerounds,\\d+\\.\\d,,,error,32.00,,"
                + "\"java.lang.IndexOutOfBoundsException: Index 13 out of bounds for length 13\"");
        assertThat(failed.gapPct()).isNull();
        assertThat(good.feasible()).isTrue();
        assertThat(LiteratureBenchmark.summary(Instance.Family.CORDEAU, "carerounds", List.of(failed, good)))
                .endsWith("instances=2 mean_gap_pct=NA worst_gap_pct=NA infeasible=0 errors=1");
    }

    @Test
    void aDistanceEqualToTheBestKnownPrintsAZeroGap() {
        // 827.3 summed from 0.1-unit legs lands a hair below the best known in floating point.
        LiteratureBenchmark.Row optimal = new LiteratureBenchmark.Row("C101", "carerounds", 1,
                new Checker.Report(827.3 - 1e-10, 10, List.of()), 827.3);
        assertThat(optimal.gapPct()).isNegative();
        assertThat(optimal.csv()).endsWith(",827.30,0.00");
        assertThat(LiteratureBenchmark.hundredths(1.005 + 1e-9)).isEqualTo("1.01");
    }
}
