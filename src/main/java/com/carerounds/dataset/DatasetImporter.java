package com.carerounds.dataset;

import com.carerounds.account.Access;
import com.carerounds.audit.AuditTrail;
import com.carerounds.audit.AuditedEntity;
import com.carerounds.audit.AuditedFields;
import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractAudit;
import com.carerounds.contract.ContractService;
import com.carerounds.contract.ServicePackage;
import com.carerounds.elder.AdlAssessment;
import com.carerounds.elder.CareNeed;
import com.carerounds.elder.ChronicCondition;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderAudit;
import com.carerounds.elder.ElderCategory;
import com.carerounds.elder.ElderRepository;
import com.carerounds.elder.ElderVisitTimesChanged;
import com.carerounds.elder.NationalId;
import com.carerounds.elder.Person;
import com.carerounds.elder.NationalIdRegister;
import com.carerounds.elder.Sex;
import com.carerounds.elder.TimeWindow;
import com.carerounds.elder.VisitTimes;
import com.carerounds.elder.VisitWeekdays;
import com.carerounds.geo.Location;
import com.carerounds.kernel.Csv;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.policy.VisitPolicyRepository;
import com.carerounds.solver.HalfDay;
import com.carerounds.team.Capacity;
import com.carerounds.team.Leave;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TeamAudit;
import com.carerounds.team.TeamRepository;
import com.carerounds.team.TravelMode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a dataset in the documented CSV format (see data/README.md) as a whole: every row is checked
 * first and any error refuses the import with a report of all bad rows; only a clean dataset is saved.
 * Centers, teams and elders the files name but do not hold are looked up in the database (within the
 * administrator's center), so a center can add elders, assessments and contracts to the teams and
 * elders it already has. Contracts are saved through {@link ContractService}, which keeps to one in force.
 */
@Service
public class DatasetImporter {

    private final HealthCenterRepository centers;
    private final TeamRepository teams;
    private final ElderRepository elders;
    private final ContractService contracts;
    private final VisitPolicyRepository policies;
    private final NationalIdRegister register;
    private final AuditTrail audit;
    private final Access access;
    private final ApplicationEventPublisher events;

    public DatasetImporter(HealthCenterRepository centers, TeamRepository teams, ElderRepository elders,
                           ContractService contracts, VisitPolicyRepository policies,
                           NationalIdRegister register, AuditTrail audit, Access access, ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.centers = centers;
        this.teams = teams;
        this.elders = elders;
        this.contracts = contracts;
        this.policies = policies;
        this.register = register;
        this.access = access;
    }

    private record CenterRow(HealthCenter center) {
    }

    private record TeamRow(int line, String centerCode, String code, String name, TravelMode travelMode,
                           Set<DayOfWeek> workingDays, Capacity capacity, List<TeamMember> members,
                           List<Leave> leave) {
    }

    /** An elder that assessments, contracts and visit times are added to: a new one of elders.csv, or one already stored. */
    private interface ElderTarget {
        String code();

        List<AdlAssessment> assessments();

        List<ContractRow> contracts();

        List<VisitTimesRow> visitTimes();
    }

    /** A dated change of an elder's visit times (visit_times.csv). */
    private record VisitTimesRow(int line, VisitTimes times) {
    }

    private record ElderRow(int line, String code, Person person, String address, Location location,
                            Set<ElderCategory> categories, Set<ChronicCondition> conditions, Set<CareNeed> needs,
                            HalfDay preferredHalfDay, Set<LocalDate> unavailableDates, Set<DayOfWeek> visitWeekdays,
                            TimeWindow visitWindow, List<AdlAssessment> assessments, List<ContractRow> contracts,
                            List<VisitTimesRow> visitTimes) implements ElderTarget {
    }

    private record StoredElder(Elder elder, List<AdlAssessment> assessments, List<ContractRow> contracts,
                               List<VisitTimesRow> visitTimes) implements ElderTarget {
        @Override
        public String code() {
            return elder.getCode();
        }
    }

    private record ContractRow(int line, String teamCode, ServicePackage servicePackage, LocalDate start,
                               LocalDate end) {
    }

    /**
     * The signed-in administrator's import: an administrator of a center adds to that center only (the
     * same as {@code POST /api/centers} refusing them a new center); a deployment administrator may
     * create centers and add to any.
     */
    @Transactional
    public ImportResult importAsSignedInUser(DatasetSource source) {
        return importInto(source, new Existing(access.user().centerId()));
    }

    /** The deployment's own import (the demo at first start, benchmarks): any center, new or existing. */
    @Transactional
    public ImportResult importDataset(DatasetSource source) {
        return importInto(source, new Existing(null));
    }

    private ImportResult importInto(DatasetSource source, Existing existing) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, CenterRow> centerRows = readCenters(source, existing, errors);
        Map<String, TeamRow> teamRows = readTeams(source, centerRows, existing, errors);
        Map<String, ElderRow> elderRows = readElders(source, errors);
        int assessmentCount = readAssessments(source, elderRows, existing, errors);
        int contractCount = readContracts(source, elderRows, teamRows, existing, errors);
        int visitTimesCount = readVisitTimes(source, elderRows, existing, errors);
        Map<String, String> elderCenter = resolveElderCenters(elderRows, teamRows, existing, errors);
        checkVisitWindows(elderRows, elderCenter, centerRows, existing, errors);
        if (centerRows.isEmpty() && teamRows.isEmpty() && elderRows.isEmpty() && assessmentCount == 0
                && contractCount == 0 && visitTimesCount == 0 && errors.isEmpty()) {
            errors.add(new ImportError("centers.csv", 0, null,
                    "the dataset holds no centers, teams, elders, assessments, contracts or visit times"));
        }
        if (!errors.isEmpty()) {
            throw new DatasetImportException(errors);
        }
        return save(centerRows, teamRows, elderRows, elderCenter, existing, assessmentCount, contractCount);
    }

    /**
     * The centers, teams and elders already in the database that the files may name by code, within the
     * import's scope: one center ({@code scope}), or every center when it is null.
     */
    private final class Existing {

        private final Long scope;
        private final Map<String, Optional<HealthCenter>> centersByCode = new HashMap<>();
        private final Map<String, List<Team>> teamsByCode = new HashMap<>();
        private final Map<String, List<StoredElder>> eldersByCode = new LinkedHashMap<>();

        Existing(Long scope) {
            this.scope = scope;
        }

        boolean mayCreateCenters() {
            return scope == null;
        }

        Optional<HealthCenter> center(String code) {
            return centersByCode.computeIfAbsent(code, c -> centers.findByCode(c)
                    .filter(center -> scope == null || center.getId().equals(scope)));
        }

        /** More than one only for a deployment-wide import: team codes are unique per center. */
        List<Team> teams(String code) {
            return teamsByCode.computeIfAbsent(code, c -> scope == null ? teams.findByCode(c)
                    : teams.findByCenterIdAndCode(scope, c).stream().toList());
        }

        /** More than one only for a deployment-wide import: elder codes are unique per center. */
        List<StoredElder> elders(String code) {
            return eldersByCode.computeIfAbsent(code, c -> (scope == null ? elders.findByCode(c)
                    : elders.findByCenterIdAndCode(scope, c).stream().toList()).stream()
                    .map(elder -> new StoredElder(elder, new ArrayList<>(), new ArrayList<>(), new ArrayList<>())).toList());
        }

        /** The stored elders that rows name, each once. */
        List<StoredElder> named() {
            return eldersByCode.values().stream().filter(found -> found.size() == 1).map(found -> found.get(0)).toList();
        }

        String centerCodeOf(Team team) {
            return centerCode(team.getCenterId());
        }

        String centerCode(Long centerId) {
            return centers.findById(centerId).orElseThrow().getCode();
        }

        String scopeName() {
            return mayCreateCenters() ? "any center" : "your center";
        }
    }

    private Map<String, CenterRow> readCenters(DatasetSource source, Existing existing, List<ImportError> errors) {
        Map<String, CenterRow> rows = new LinkedHashMap<>();
        forEachRow(source, "centers.csv", errors, f -> {
            if (!existing.mayCreateCenters()) {
                f.reject("code", "an administrator of a center imports into that center only: leave centers.csv out");
                return;
            }
            String code = f.required("code");
            String name = f.required("name");
            String address = f.required("address");
            Double lat = f.decimal("latitude", -90, 90);
            Double lon = f.decimal("longitude", -180, 180);
            LocalTime start = f.time("visit_start");
            LocalTime end = f.time("visit_end");
            if (start != null && end != null && !HealthCenter.validHours(start, end)) {
                f.reject("visit_end", "home-visit hours must end after they start");
                return;
            }
            if (code == null || name == null || address == null || lat == null || lon == null
                    || start == null || end == null) {
                return;
            }
            if (rows.containsKey(code)) {
                f.reject("code", "center " + code + " appears twice");
            } else if (centers.findByCode(code).isPresent()) {
                f.reject("code", "center " + code + " already exists");
            } else {
                rows.put(code, new CenterRow(new HealthCenter(code, name, address, new Location(lat, lon), start, end)));
            }
        });
        return rows;
    }

    private Map<String, TeamRow> readTeams(DatasetSource source, Map<String, CenterRow> centerRows,
                                           Existing existing, List<ImportError> errors) {
        Map<String, TeamRow> rows = new LinkedHashMap<>();
        forEachRow(source, "teams.csv", errors, f -> {
            String centerCode = f.required("center_code");
            String code = f.required("code");
            String name = f.required("name");
            TravelMode mode = f.enumValue("travel_mode", TravelMode.class, true);
            Set<DayOfWeek> days = f.weekdays("working_days");
            Integer minutes = f.integer("max_visit_minutes", 0, 24 * 60);
            Integer visits = f.integer("max_visits", 0, 100);
            if (days.isEmpty()) {
                f.reject("working_days", "is required");
            }
            boolean centerKnown = centerCode != null
                    && (centerRows.containsKey(centerCode) || existing.center(centerCode).isPresent());
            if (centerCode != null && !centerKnown) {
                f.reject("center_code", "no center " + centerCode + " in centers.csv"
                        + (existing.mayCreateCenters() ? " or the database" : " that you administer"));
            }
            boolean taken = code != null && (rows.containsKey(code) || centerKnown && existing.center(centerCode)
                    .flatMap(center -> teams.findByCenterIdAndCode(center.getId(), code)).isPresent());
            if (code != null && rows.containsKey(code)) {
                f.reject("code", "team " + code + " appears twice");
            } else if (taken) {
                f.reject("code", "center " + centerCode + " already has a team " + code);
            }
            if (centerCode == null || code == null || name == null || mode == null || minutes == null
                    || visits == null || !centerKnown || taken) {
                return;
            }
            rows.put(code, new TeamRow(f.line(), centerCode, code, name, mode, days, new Capacity(minutes, visits),
                    new ArrayList<>(), new ArrayList<>()));
        });
        forEachRow(source, "team_members.csv", errors, f -> {
            TeamRow team = teamRow(f, rows);
            String name = f.required("name");
            MemberRole role = f.enumValue("role", MemberRole.class, true);
            if (team != null && name != null && role != null) {
                team.members().add(new TeamMember(name, role));
            }
        });
        forEachRow(source, "team_leave.csv", errors, f -> {
            TeamRow team = teamRow(f, rows);
            LocalDate start = f.date("start_date", true);
            LocalDate end = f.date("end_date", true);
            if (start != null && end != null && end.isBefore(start)) {
                f.reject("end_date", "leave must end on or after its start");
            } else if (team != null && start != null && end != null) {
                Leave leave = new Leave(start, end, f.text("reason"));
                team.leave().stream().filter(leave::overlaps).findFirst().ifPresentOrElse(
                        other -> f.reject("start_date", "overlaps the team's leave from " + other.startDate() + " to "
                                + other.endDate() + ": join them into one period"),
                        () -> team.leave().add(leave));
            }
        });
        for (TeamRow team : rows.values()) {
            if (team.members().isEmpty()) {
                errors.add(new ImportError("teams.csv", team.line(), "code",
                        "team " + team.code() + " has no members in team_members.csv"));
            }
        }
        return rows;
    }

    private static TeamRow teamRow(Fields f, Map<String, TeamRow> rows) {
        return reference(f, "team_code", rows, code -> "no team " + code + " in teams.csv");
    }

    /** The elder of a new row of elders.csv, else the stored elder of that code, or null with the reference reported. */
    private static ElderTarget elder(Fields f, Map<String, ElderRow> rows, Existing existing) {
        String code = f.required("elder_code");
        if (code == null) {
            return null;
        }
        if (rows.containsKey(code)) {
            return rows.get(code);
        }
        List<StoredElder> found = existing.elders(code);
        if (found.size() == 1) {
            return found.get(0);
        }
        f.reject("elder_code", found.isEmpty()
                ? "no valid elder " + code + " in elders.csv or at " + existing.scopeName()
                : "elder code " + code + " is used at " + found.size() + " centers: import as the administrator "
                + "of the elder's center");
        return null;
    }

    /** The row another file refers to by code, or null with the reference reported. */
    private static <T> T reference(Fields f, String column, Map<String, T> rows, Function<String, String> missing) {
        String code = f.required(column);
        if (code == null) {
            return null;
        }
        T row = rows.get(code);
        if (row == null) {
            f.reject(column, missing.apply(code));
        }
        return row;
    }

    private Map<String, ElderRow> readElders(DatasetSource source, List<ImportError> errors) {
        Map<String, ElderRow> rows = new LinkedHashMap<>();
        Set<String> nationalIds = new HashSet<>();
        forEachRow(source, "elders.csv", errors, f -> {
            String code = f.required("code");
            String name = f.required("name");
            Sex sex = f.enumValue("sex", Sex.class, true);
            LocalDate birthDate = f.date("birth_date", true);
            String nationalId = f.required("national_id");
            String address = f.required("address");
            Double lat = f.decimal("latitude", -90, 90);
            Double lon = f.decimal("longitude", -180, 180);
            var categories = f.enumSet("categories", ElderCategory.class);
            var conditions = f.enumSet("chronic_conditions", ChronicCondition.class);
            var needs = f.enumSet("needs", CareNeed.class);
            HalfDay halfDay = f.enumValue("preferred_half_day", HalfDay.class, false);
            Set<LocalDate> unavailable = f.dates("unavailable_dates");
            Set<DayOfWeek> visitWeekdays = f.weekdays("visit_weekdays");
            TimeWindow visitWindow = f.window("visit_window");
            if (nationalId != null && !NationalId.isValid(nationalId)) {
                f.reject("national_id", "is not an 18-character ID number with a valid check character");
                nationalId = null;
            } else if (nationalId != null && !nationalIds.add(nationalId.toUpperCase())) {
                f.reject("national_id", "the same ID number appears on another row");
                nationalId = null;
            } else if (nationalId != null && register.isRegistered(nationalId)) {
                f.reject("national_id", "an elder with this ID number is already registered");
                nationalId = null;
            }
            if (code != null && rows.containsKey(code)) {
                f.reject("code", "elder " + code + " appears twice");
                return;
            }
            if (code == null || name == null || sex == null || birthDate == null || nationalId == null
                    || address == null || lat == null || lon == null) {
                return;
            }
            rows.put(code, new ElderRow(f.line(), code,
                    new Person(name, sex, birthDate, nationalId.toUpperCase(), f.text("phone")),
                    address, new Location(lat, lon), categories, conditions, needs, halfDay, unavailable,
                    visitWeekdays, visitWindow, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        });
        return rows;
    }

    private int readAssessments(DatasetSource source, Map<String, ElderRow> elderRows, Existing existing,
                                List<ImportError> errors) {
        int[] count = {0};
        forEachRow(source, "assessments.csv", errors, f -> {
            ElderTarget elder = elder(f, elderRows, existing);
            LocalDate on = f.date("assessed_on", true);
            Integer score = f.integer("adl_score", 0, 100);
            if (elder != null && on != null && score != null) {
                elder.assessments().add(new AdlAssessment(on, score, f.text("assessor")));
                count[0]++;
            }
        });
        return count[0];
    }

    private int readContracts(DatasetSource source, Map<String, ElderRow> elderRows, Map<String, TeamRow> teamRows,
                              Existing existing, List<ImportError> errors) {
        int[] count = {0};
        forEachRow(source, "contracts.csv", errors, f -> {
            ElderTarget elder = elder(f, elderRows, existing);
            String teamCode = f.required("team_code");
            ServicePackage servicePackage = f.enumValue("service_package", ServicePackage.class, true);
            LocalDate start = f.date("start_date", true);
            LocalDate end = f.date("end_date", false);
            if (teamCode != null && !teamRows.containsKey(teamCode)) {
                int found = existing.teams(teamCode).size();
                if (found != 1) {
                    f.reject("team_code", found == 0 ? "no team " + teamCode + " in teams.csv or at "
                            + existing.scopeName()
                            : "team code " + teamCode + " is used at " + found + " centers: import as the "
                            + "administrator of the elder's center");
                    return;
                }
            }
            if (start != null && end != null && end.isBefore(start)) {
                f.reject("end_date", "a contract must end on or after its start date");
                return;
            }
            if (elder == null || teamCode == null || servicePackage == null || start == null) {
                return;
            }
            if (elder instanceof StoredElder stored) {
                String elderCenter = existing.centerCode(stored.elder().getCenterId());
                String teamCenter = centerCodeOfTeam(teamCode, teamRows, existing);
                if (!elderCenter.equals(teamCenter)) {
                    f.reject("team_code", "team " + teamCode + " is at center " + teamCenter + ", elder "
                            + elder.code() + " at center " + elderCenter);
                    return;
                }
                Optional<Contract> inForce = contracts.inForceBetween(stored.elder().getId(), start, end);
                if (inForce.isPresent()) {
                    f.reject("start_date", "elder " + elder.code() + " already has a contract in force then (from "
                            + inForce.get().getStartDate() + "): at most one active contract per elder");
                    return;
                }
            }
            for (ContractRow other : elder.contracts()) {
                if (Contract.overlaps(start, end, other.start(), other.end())) {
                    f.reject("start_date", "elder " + elder.code() + " already has a contract in force then (line "
                            + other.line() + "): at most one active contract per elder");
                    return;
                }
            }
            elder.contracts().add(new ContractRow(f.line(), teamCode, servicePackage, start, end));
            count[0]++;
        });
        return count[0];
    }

    /** Dated changes of elders' visit times: from a date on, a window (or none) and weekdays (or any). */
    private int readVisitTimes(DatasetSource source, Map<String, ElderRow> elderRows, Existing existing,
                               List<ImportError> errors) {
        int[] count = {0};
        forEachRow(source, "visit_times.csv", errors, f -> {
            ElderTarget elder = elder(f, elderRows, existing);
            LocalDate from = f.date("from", true);
            TimeWindow window = f.window("visit_window");
            Set<DayOfWeek> weekdays = f.weekdays("visit_weekdays");
            if (elder == null || from == null) {
                return;
            }
            elder.visitTimes().stream().filter(other -> other.times().effectiveFrom().equals(from)).findFirst()
                    .ifPresentOrElse(other -> f.reject("from", "elder " + elder.code() + " has visit times from " + from
                                    + " on line " + other.line() + " already"),
                            () -> {
                                elder.visitTimes().add(new VisitTimesRow(f.line(), VisitTimes.of(from, window,
                                        VisitWeekdays.of(weekdays))));
                                count[0]++;
                            });
        });
        return count[0];
    }

    /**
     * A new elder belongs to the center of the team on their latest contract, and every contract of theirs
     * is with a team of that center; by code, so once only there.
     */
    private Map<String, String> resolveElderCenters(Map<String, ElderRow> elderRows, Map<String, TeamRow> teamRows,
                                                    Existing existing, List<ImportError> errors) {
        Map<String, String> centerOf = new HashMap<>();
        for (ElderRow elder : elderRows.values()) {
            Optional<ContractRow> latest = elder.contracts().stream().max(Comparator.comparing(ContractRow::start));
            if (latest.isEmpty()) {
                errors.add(new ImportError("elders.csv", elder.line(), "code",
                        "elder " + elder.code() + " has no contract in contracts.csv, so no center"));
                continue;
            }
            String centerCode = centerCodeOfTeam(latest.get().teamCode(), teamRows, existing);
            for (ContractRow contract : elder.contracts()) {
                String teamCenter = centerCodeOfTeam(contract.teamCode(), teamRows, existing);
                if (!teamCenter.equals(centerCode)) {
                    errors.add(new ImportError("contracts.csv", contract.line(), "team_code", "team "
                            + contract.teamCode() + " is at center " + teamCenter + ", elder " + elder.code()
                            + "'s latest contract at center " + centerCode));
                }
            }
            Optional<HealthCenter> saved = existing.center(centerCode);
            if (saved.isPresent() && elders.findByCenterIdAndCode(saved.get().getId(), elder.code()).isPresent()) {
                errors.add(new ImportError("elders.csv", elder.line(), "code",
                        "center " + centerCode + " already has an elder " + elder.code()));
            }
            centerOf.put(elder.code(), centerCode);
        }
        return centerOf;
    }

    /**
     * Each window holds a visit at the elder's center ({@link TimeWindow#problem}): inside its home-visit
     * hours, and as long as the visit the center's policy gives the elder (a new center's: the defaults),
     * on elders.csv and visit_times.csv alike.
     */
    private void checkVisitWindows(Map<String, ElderRow> elderRows, Map<String, String> elderCenter,
                                   Map<String, CenterRow> centerRows, Existing existing, List<ImportError> errors) {
        for (ElderRow elder : elderRows.values()) {
            String centerCode = elderCenter.get(elder.code());
            if (centerCode == null) {
                continue;
            }
            HealthCenter center = centerRows.containsKey(centerCode) ? centerRows.get(centerCode).center()
                    : existing.center(centerCode).orElseThrow();
            int minutes = visitMinutes(center, elder.assessments(), elder.needs());
            if (elder.visitWindow() != null) {
                elder.visitWindow().problem(center.getVisitStart(), center.getVisitEnd(), minutes).ifPresent(reason ->
                        errors.add(new ImportError("elders.csv", elder.line(), "visit_window", reason)));
            }
            checkVisitTimes(elder, center, minutes, errors);
        }
        for (StoredElder stored : existing.named()) {
            HealthCenter center = centers.findById(stored.elder().getCenterId()).orElseThrow();
            List<AdlAssessment> assessments = new ArrayList<>(stored.elder().getAssessments());
            assessments.addAll(stored.assessments());
            checkVisitTimes(stored, center, visitMinutes(center, assessments, stored.elder().getNeeds()), errors);
        }
    }

    private static void checkVisitTimes(ElderTarget elder, HealthCenter center, int minutes, List<ImportError> errors) {
        for (VisitTimesRow row : elder.visitTimes()) {
            TimeWindow window = row.times().window();
            if (window != null) {
                window.problem(center.getVisitStart(), center.getVisitEnd(), minutes).ifPresent(reason ->
                        errors.add(new ImportError("visit_times.csv", row.line(), "visit_window", reason)));
            }
        }
    }

    /** The elder's visit minutes by the center's policy: the kind from the latest assessment, and the needs. */
    private int visitMinutes(HealthCenter center, List<AdlAssessment> assessments, Set<CareNeed> needs) {
        // A new center has the default policy until its administrator sets one (the minutes do not use the id).
        Long centerId = center.getId() == null ? 0L : center.getId();
        VisitPolicy policy = policies.findByCenterId(centerId).orElseGet(() -> VisitPolicy.defaults(centerId));
        boolean homeHospitalBed = assessments.stream().max(Comparator.comparing(AdlAssessment::assessedOn))
                .map(a -> policy.needsHomeHospitalBed(a.score())).orElse(false);
        return policy.visitMinutes(homeHospitalBed, needs);
    }

    /** The center of a team the contracts name: a new one of teams.csv, or the one stored (checked to be unique). */
    private static String centerCodeOfTeam(String teamCode, Map<String, TeamRow> teamRows, Existing existing) {
        TeamRow row = teamRows.get(teamCode);
        return row != null ? row.centerCode() : existing.centerCodeOf(existing.teams(teamCode).get(0));
    }

    private ImportResult save(Map<String, CenterRow> centerRows, Map<String, TeamRow> teamRows,
                              Map<String, ElderRow> elderRows, Map<String, String> elderCenter, Existing existing,
                              int assessmentCount, int contractCount) {
        Map<String, Long> newCenterIds = new HashMap<>();
        centerRows.forEach((code, row) -> {
            HealthCenter saved = centers.save(row.center());
            newCenterIds.put(code, saved.getId());
        });
        Function<String, Long> centerId = code -> newCenterIds.containsKey(code) ? newCenterIds.get(code)
                : existing.center(code).orElseThrow().getId();
        Map<String, Long> teamIds = new HashMap<>();
        for (TeamRow row : teamRows.values()) {
            Team team = new Team(centerId.apply(row.centerCode()), row.code(), row.name(), row.travelMode(),
                    row.capacity(), row.members(), row.workingDays());
            row.leave().forEach(team::addLeave);
            Team saved = teams.save(team);
            audit.created(AuditedEntity.TEAM, saved.getId(), saved.getCenterId(), TeamAudit.of(saved));
            teamIds.put(row.code(), saved.getId());
        }
        Function<String, Long> teamId = code -> teamIds.containsKey(code) ? teamIds.get(code)
                : existing.teams(code).get(0).getId();
        for (ElderRow row : elderRows.values()) {
            Elder elder = new Elder(centerId.apply(elderCenter.get(row.code())), row.code(), row.person(),
                    row.address(), row.location());
            elder.replaceCategories(row.categories());
            elder.replaceConditions(row.conditions());
            elder.replaceNeeds(row.needs());
            elder.preferHalfDay(row.preferredHalfDay());
            elder.replaceUnavailableDates(row.unavailableDates());
            elder.visitOnlyOn(row.visitWeekdays());
            elder.visitWithin(row.visitWindow());
            row.visitTimes().forEach(times -> elder.changeVisitTimes(times.times()));
            row.assessments().forEach(elder::addAssessment);
            Elder saved = elders.save(elder);
            audit.created(AuditedEntity.ELDER, saved.getId(), saved.getCenterId(), ElderAudit.of(saved));
            saveContracts(saved, row.contracts(), teamId);
        }
        for (StoredElder stored : existing.named()) {
            if (!stored.assessments().isEmpty() || !stored.visitTimes().isEmpty()) {
                AuditedFields before = ElderAudit.of(stored.elder());
                stored.assessments().forEach(stored.elder()::addAssessment);
                stored.visitTimes().forEach(times -> stored.elder().changeVisitTimes(times.times()));
                Elder saved = elders.save(stored.elder());
                audit.updated(AuditedEntity.ELDER, saved.getId(), saved.getCenterId(), before, ElderAudit.of(saved));
                stored.visitTimes().stream().map(times -> times.times().effectiveFrom()).min(Comparator.naturalOrder())
                        .ifPresent(from -> events.publishEvent(new ElderVisitTimesChanged(saved.getId(), saved.getCenterId(), from)));
            }
            saveContracts(stored.elder(), stored.contracts(), teamId);
        }
        return new ImportResult(centerRows.size(), teamRows.size(), elderRows.size(), assessmentCount, contractCount,
                List.copyOf(newCenterIds.values()));
    }

    private void saveContracts(Elder elder, List<ContractRow> rows, Function<String, Long> teamId) {
        for (ContractRow c : rows) {
            Contract saved = contracts.save(new Contract(elder.getId(), teamId.apply(c.teamCode()), c.servicePackage(),
                    c.start(), c.end()));
            audit.created(AuditedEntity.CONTRACT, saved.getId(), elder.getCenterId(), ContractAudit.of(saved));
        }
    }

    private static void forEachRow(DatasetSource source, String file, List<ImportError> errors,
                                   Consumer<Fields> action) {
        var reader = source.open(file);
        if (reader.isEmpty()) {
            return;
        }
        List<Csv.Row> rows;
        try (Reader in = reader.get()) {
            rows = Csv.read(in);
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(file, 0, null, e.getMessage()));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Csv.Row row : rows) {
            action.accept(new Fields(file, row, errors));
        }
    }
}
