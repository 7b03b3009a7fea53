package com.carerounds.dataset.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.elder.NationalId;
import com.carerounds.kernel.Csv;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 12);
    private static final List<String> FILES = List.of("centers.csv", "teams.csv", "team_members.csv", "team_leave.csv",
            "elders.csv", "assessments.csv", "contracts.csv");

    @TempDir Path temp;

    private Path generate(String name, int elders, int teams, int centers, long seed, double supply) {
        Path out = temp.resolve(name);
        DatasetGenerator.generate(new DatasetGenerator.Options(out, elders, teams, centers, seed, MONTH, supply));
        return out;
    }

    private static List<Csv.Row> rows(Path dir, String file) throws IOException {
        return Csv.read(new StringReader(Files.readString(dir.resolve(file))));
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherData() throws IOException {
        Path a = generate("a", 200, 4, 1, 7, 1.25);
        Path b = generate("b", 200, 4, 1, 7, 1.25);
        Path c = generate("c", 200, 4, 1, 8, 1.25);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
        assertThat(Files.readString(c.resolve("elders.csv"))).isNotEqualTo(Files.readString(a.resolve("elders.csv")));
    }

    @Test
    void everyElderHasAnAssessmentAndOneContractWithATeamOfTheirCenter() throws IOException {
        Path dir = generate("shape", 600, 12, 3, 1, 1.25);

        assertThat(rows(dir, "centers.csv")).hasSize(3);
        assertThat(rows(dir, "teams.csv")).hasSize(12);
        List<Csv.Row> elders = rows(dir, "elders.csv");
        assertThat(elders).hasSize(600);
        Map<String, String> teamCenter = rows(dir, "teams.csv").stream()
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("center_code")));
        Map<String, List<Csv.Row>> contracts = rows(dir, "contracts.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("elder_code")));
        Map<String, List<Csv.Row>> assessments = rows(dir, "assessments.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("elder_code")));
        for (Csv.Row elder : elders) {
            String code = elder.get("code");
            assertThat(assessments.get(code)).as(code).isNotEmpty();
            assertThat(contracts.get(code)).as(code).hasSize(1);
            String team = contracts.get(code).get(0).get("team_code");
            assertThat(teamCenter.get(team)).as(code).isEqualTo(code.substring(0, 3));
        }
        assertThat(rows(dir, "team_members.csv")).extracting(r -> r.get("team_code")).containsAll(teamCenter.keySet());
    }

    @Test
    void adlMixIsRealisticAndIdsAndPlacesAreValid() throws IOException {
        Path dir = generate("mix", 2000, 20, 1, 3, 1.25);

        Map<String, Integer> latest = new HashMap<>();
        Map<String, LocalDate> latestDate = new HashMap<>();
        for (Csv.Row row : rows(dir, "assessments.csv")) {
            LocalDate on = LocalDate.parse(row.get("assessed_on"));
            if (!latestDate.containsKey(row.get("elder_code")) || on.isAfter(latestDate.get(row.get("elder_code")))) {
                latestDate.put(row.get("elder_code"), on);
                latest.put(row.get("elder_code"), Integer.parseInt(row.get("adl_score")));
            }
        }
        double homeHospitalBeds = latest.values().stream().filter(s -> s < 45).count() / 2000.0;
        double middle = latest.values().stream().filter(s -> s >= 45 && s < 60).count() / 2000.0;
        assertThat(homeHospitalBeds).isBetween(0.20, 0.30);
        assertThat(middle).isBetween(0.25, 0.35);

        District district = District.ALL.get(0);
        assertThat(rows(dir, "elders.csv")).extracting(r -> r.get("national_id")).doesNotHaveDuplicates();
        for (Csv.Row elder : rows(dir, "elders.csv")) {
            String id = elder.get("national_id");
            assertThat(NationalId.isValid(id)).as(id).isTrue();
            assertThat(id).startsWith(district.regionCode());
            assertThat(id.substring(6, 14)).isEqualTo(elder.get("birth_date").replace("-", ""));
            assertThat((id.charAt(16) - '0') % 2 == 0).isEqualTo(elder.get("sex").equals("F"));
            assertThat(Double.parseDouble(elder.get("latitude")))
                    .isBetween(district.minLatitude(), district.maxLatitude());
            assertThat(Double.parseDouble(elder.get("longitude")))
                    .isBetween(district.minLongitude(), district.maxLongitude());
            assertThat(LocalDate.parse(elder.get("birth_date"))).isBefore(MONTH.atDay(1).minusYears(65));
        }
    }

    @Test
    void supplyFactorScalesTeamCapacity() {
        var normal = DatasetGenerator.generate(new DatasetGenerator.Options(temp.resolve("n"), 300, 6, 1, 5, MONTH, 1.25));
        var under = DatasetGenerator.generate(new DatasetGenerator.Options(temp.resolve("u"), 300, 6, 1, 5, MONTH, 0.8));

        assertThat(normal.demandMinutes()).isEqualTo(under.demandMinutes());
        assertThat(normal.demandMinutes() / (double) normal.capacityMinutes()).isBetween(0.7, 0.85);
        assertThat(under.demandMinutes() / (double) under.capacityMinutes()).isBetween(1.15, 1.35);
    }
}
