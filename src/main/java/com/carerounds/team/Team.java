package com.carerounds.team;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A family-doctor team (家庭医生团队): the unit that is scheduled. */
public class Team {

    @Id
    private Long id;
    @Version
    private int version;
    private Long centerId;
    private String code;
    private String name;
    private TravelMode travelMode;
    @Embedded.Empty
    private Capacity capacity;
    @MappedCollection(idColumn = "team_id", keyColumn = "list_index")
    private List<TeamMember> members;
    @MappedCollection(idColumn = "team_id")
    private Set<WorkingDay> workingDays;
    @MappedCollection(idColumn = "team_id")
    private Set<Leave> leave;
    @MappedCollection(idColumn = "team_id")
    private Set<CapacityOverride> capacityOverrides;

    @PersistenceCreator
    Team(Long id, int version, Long centerId, String code, String name, TravelMode travelMode, Capacity capacity,
         List<TeamMember> members, Set<WorkingDay> workingDays, Set<Leave> leave,
         Set<CapacityOverride> capacityOverrides) {
        this.id = id;
        this.version = version;
        this.centerId = Objects.requireNonNull(centerId, "centerId");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.travelMode = Objects.requireNonNull(travelMode, "travelMode");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.members = new ArrayList<>(members);
        this.workingDays = new HashSet<>(workingDays);
        this.leave = new HashSet<>(leave);
        this.capacityOverrides = new HashSet<>(capacityOverrides);
    }

    public Team(Long centerId, String code, String name, TravelMode travelMode, Capacity capacity,
                List<TeamMember> members, Set<DayOfWeek> workingDays) {
        this(null, 0, centerId, code, name, travelMode, capacity, List.of(), Set.of(), Set.of(), Set.of());
        replaceMembers(members);
        replaceWorkingDays(workingDays);
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void changeTravelMode(TravelMode travelMode) {
        this.travelMode = Objects.requireNonNull(travelMode, "travelMode");
    }

    /** Changes the daily capacity from now on; per-date overrides stay as they are. */
    public void changeCapacity(Capacity capacity) {
        this.capacity = Objects.requireNonNull(capacity, "capacity");
    }

    public void replaceMembers(List<TeamMember> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a team needs at least one member");
        }
        this.members = new ArrayList<>(members);
    }

    public void replaceWorkingDays(Collection<DayOfWeek> days) {
        this.workingDays = days.stream().map(WorkingDay::new).collect(Collectors.toCollection(HashSet::new));
    }

    public void addLeave(Leave period) {
        leave.add(period);
    }

    public void replaceLeave(Collection<Leave> periods) {
        this.leave = new HashSet<>(periods);
    }

    /** Sets the capacity of one date, replacing an earlier override of that date. */
    public void overrideCapacity(LocalDate date, Capacity dayCapacity) {
        capacityOverrides.removeIf(o -> o.onDate().equals(date));
        capacityOverrides.add(new CapacityOverride(date, dayCapacity));
    }

    public void clearCapacityOverride(LocalDate date) {
        capacityOverrides.removeIf(o -> o.onDate().equals(date));
    }

    public Set<Skill> skills() {
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        members.forEach(m -> skills.add(m.role().skill()));
        return skills;
    }

    public boolean worksOnWeekday(DayOfWeek day) {
        return workingDays.stream().anyMatch(w -> w.dayOfWeek() == day);
    }

    public boolean onLeave(LocalDate date) {
        return leave.stream().anyMatch(l -> l.covers(date));
    }

    /** The capacity that applies on a date: its override if there is one, otherwise the daily capacity. */
    public Capacity capacityOn(LocalDate date) {
        return capacityOverrides.stream()
                .filter(o -> o.onDate().equals(date))
                .map(CapacityOverride::capacity)
                .findFirst()
                .orElse(capacity);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getCenterId() { return centerId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public TravelMode getTravelMode() { return travelMode; }
    public Capacity getCapacity() { return capacity; }
    public List<TeamMember> getMembers() { return List.copyOf(members); }

    public Set<DayOfWeek> getWorkingDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        workingDays.forEach(w -> days.add(w.dayOfWeek()));
        return days;
    }

    public Set<Leave> getLeave() { return Set.copyOf(leave); }
    public Set<CapacityOverride> getCapacityOverrides() { return Set.copyOf(capacityOverrides); }
}
