package com.carerounds.elder;

import com.carerounds.geo.Location;
import com.carerounds.privacy.EncryptedText;
import com.carerounds.solver.HalfDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A contracted homebound elder (签约对象) of one health center. */
public class Elder {

    @Id
    private Long id;
    @Version
    private int version;
    private Long centerId;
    private String code;
    // The person's columns; the national ID and phone encrypted at rest, the national ID's keyed fingerprint
    // (set on every save by PersonalDataProtection) carrying the unique index and the look-up.
    private String name;
    private Sex sex;
    private LocalDate birthDate;
    private EncryptedText nationalId;
    private String nationalIdHash;
    private EncryptedText phone;
    private String address;
    @Embedded.Empty
    private Location location;
    private HalfDay preferredHalfDay;
    private VisitWeekdays visitWeekdays;
    @Embedded.Nullable(prefix = "visit_window_")
    private TimeWindow visitWindow;
    @MappedCollection(idColumn = "elder_id")
    private Set<CategoryEntry> categories;
    @MappedCollection(idColumn = "elder_id")
    private Set<ConditionEntry> conditions;
    @MappedCollection(idColumn = "elder_id")
    private Set<NeedEntry> needs;
    @MappedCollection(idColumn = "elder_id")
    private Set<UnavailableDate> unavailableDates;
    @MappedCollection(idColumn = "elder_id", keyColumn = "list_index")
    private List<AdlAssessment> assessments;
    /** Dated changes of the visit times; before the first, the record's own weekdays and window apply. */
    @MappedCollection(idColumn = "elder_id")
    private Set<VisitTimes> visitTimes;

    @PersistenceCreator
    Elder(Long id, int version, Long centerId, String code, String name, Sex sex, LocalDate birthDate,
          EncryptedText nationalId, String nationalIdHash, EncryptedText phone, String address, Location location,
          HalfDay preferredHalfDay, VisitWeekdays visitWeekdays, TimeWindow visitWindow, Set<CategoryEntry> categories,
          Set<ConditionEntry> conditions, Set<NeedEntry> needs, Set<UnavailableDate> unavailableDates,
          List<AdlAssessment> assessments, Set<VisitTimes> visitTimes) {
        this.id = id;
        this.version = version;
        this.centerId = Objects.requireNonNull(centerId, "centerId");
        this.code = Objects.requireNonNull(code, "code");
        setPerson(new Person(name, sex, birthDate, nationalId.clear(), phone == null ? null : phone.clear()));
        this.nationalIdHash = nationalIdHash;
        this.address = Objects.requireNonNull(address, "address");
        this.location = Objects.requireNonNull(location, "location");
        this.preferredHalfDay = preferredHalfDay;
        this.visitWeekdays = visitWeekdays;
        this.visitWindow = visitWindow;
        this.visitTimes = new HashSet<>(visitTimes);
        this.categories = new HashSet<>(categories);
        this.conditions = new HashSet<>(conditions);
        this.needs = new HashSet<>(needs);
        this.unavailableDates = new HashSet<>(unavailableDates);
        this.assessments = new ArrayList<>(assessments);
    }

    public Elder(Long centerId, String code, Person person, String address, Location location) {
        this(null, 0, centerId, code, person.name(), person.sex(), person.birthDate(),
                new EncryptedText(person.nationalId()), null, EncryptedText.ofNullable(person.phone()), address, location,
                null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of());
    }

    public void updatePerson(Person person) {
        setPerson(person);
    }

    private void setPerson(Person person) {
        Objects.requireNonNull(person, "person");
        this.name = person.name();
        this.sex = person.sex();
        this.birthDate = person.birthDate();
        this.nationalId = new EncryptedText(person.nationalId());
        this.phone = EncryptedText.ofNullable(person.phone());
    }

    /** Set before every save, from the national ID as it is then. */
    void fingerprintNationalId(String hash) {
        this.nationalIdHash = Objects.requireNonNull(hash, "hash");
    }

    public void moveTo(String address, Location location) {
        this.address = Objects.requireNonNull(address, "address");
        this.location = Objects.requireNonNull(location, "location");
    }

    public void preferHalfDay(HalfDay halfDay) {
        this.preferredHalfDay = halfDay;
    }

    /** Only these days of the week from now on; empty for any working day. */
    public void visitOnlyOn(Collection<DayOfWeek> days) {
        VisitWeekdays weekdays = VisitWeekdays.of(days);
        // Stored as null when unrestricted, so records from before this option read the same.
        this.visitWeekdays = weekdays.days().isEmpty() ? null : weekdays;
    }

    /** Every visit inside this window (null: any time) until a dated change of the visit times says otherwise. */
    public void visitWithin(TimeWindow window) {
        this.visitWindow = window;
    }

    /** The visit times from the change's date on; a change of the same date is replaced. */
    public void changeVisitTimes(VisitTimes change) {
        Objects.requireNonNull(change.effectiveFrom(), "effectiveFrom");
        visitTimes.removeIf(times -> times.effectiveFrom().equals(change.effectiveFrom()));
        visitTimes.add(change);
    }

    /** The visit times in force on a date: the latest change from then or before, else the record's own. */
    public VisitTimes visitTimesOn(LocalDate date) {
        return visitTimes.stream().filter(times -> !times.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(VisitTimes::effectiveFrom))
                .orElseGet(() -> VisitTimes.of(null, visitWindow, getVisitWeekdays()));
    }

    public void replaceCategories(Collection<ElderCategory> values) {
        this.categories = values.stream().map(CategoryEntry::new).collect(Collectors.toCollection(HashSet::new));
    }

    public void replaceConditions(Collection<ChronicCondition> values) {
        this.conditions = values.stream().map(ConditionEntry::new).collect(Collectors.toCollection(HashSet::new));
    }

    public void replaceNeeds(Collection<CareNeed> values) {
        this.needs = values.stream().map(NeedEntry::new).collect(Collectors.toCollection(HashSet::new));
    }

    public void replaceUnavailableDates(Collection<LocalDate> dates) {
        this.unavailableDates = dates.stream().map(UnavailableDate::new).collect(Collectors.toCollection(HashSet::new));
    }

    /** Records a reassessment; history is kept, the latest by date drives the visit policy. */
    public void addAssessment(AdlAssessment assessment) {
        assessments.add(Objects.requireNonNull(assessment, "assessment"));
    }

    public Optional<AdlAssessment> latestAssessment() {
        return assessments.stream().max(Comparator.comparing(AdlAssessment::assessedOn));
    }

    /** The latest assessment made on or before a date: a roster is planned on what was known then. */
    public Optional<AdlAssessment> latestAssessmentOn(LocalDate date) {
        return assessments.stream()
                .filter(a -> !a.assessedOn().isAfter(date))
                .max(Comparator.comparing(AdlAssessment::assessedOn));
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getCenterId() { return centerId; }
    public String getCode() { return code; }
    public Person getPerson() {
        return new Person(name, sex, birthDate, nationalId.clear(), phone == null ? null : phone.clear());
    }

    public String getAddress() { return address; }
    public Location getLocation() { return location; }
    public HalfDay getPreferredHalfDay() { return preferredHalfDay; }
    /** The record's own window, before any dated change; null for any time. */
    public TimeWindow getVisitWindow() { return visitWindow; }

    /** The dated changes of the visit times, by date. */
    public List<VisitTimes> getVisitTimeChanges() {
        return visitTimes.stream().sorted(Comparator.comparing(VisitTimes::effectiveFrom)).toList();
    }

    public VisitWeekdays getVisitWeekdays() { return visitWeekdays == null ? VisitWeekdays.ANY : visitWeekdays; }
    public Set<ElderCategory> getCategories() { return enumSet(ElderCategory.class, categories, CategoryEntry::category); }
    public Set<ChronicCondition> getConditions() { return enumSet(ChronicCondition.class, conditions, ConditionEntry::condition); }
    public Set<CareNeed> getNeeds() { return enumSet(CareNeed.class, needs, NeedEntry::need); }

    public Set<LocalDate> getUnavailableDates() {
        return unavailableDates.stream().map(UnavailableDate::unavailableOn).collect(Collectors.toCollection(TreeSet::new));
    }

    public List<AdlAssessment> getAssessments() {
        return assessments.stream().sorted(Comparator.comparing(AdlAssessment::assessedOn)).toList();
    }

    private static <E extends Enum<E>, T> Set<E> enumSet(Class<E> type, Set<T> entries, Function<T, E> value) {
        Set<E> set = EnumSet.noneOf(type);
        entries.forEach(e -> set.add(value.apply(e)));
        return set;
    }
}
