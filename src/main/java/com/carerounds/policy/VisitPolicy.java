package com.carerounds.policy;

import com.carerounds.elder.CareNeed;
import com.carerounds.elder.ElderCategory;
import com.carerounds.team.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A health center's rules for how often and how long elders are visited. The defaults follow the
 * municipal documents: ADL under 45 → 4 visits a month and a home hospital bed, 45–59 → 3, 60 and above → 2.
 */
public class VisitPolicy {

    @Id
    private Long id;
    @Version
    private int version;
    private Long centerId;
    private int homeHospitalBedBelow;
    private int routineMinutes;
    private int homeHospitalBedMinutes;
    private Skill homeHospitalBedSkill;
    @MappedCollection(idColumn = "policy_id", keyColumn = "list_index")
    private List<FrequencyTier> tiers;
    @MappedCollection(idColumn = "policy_id")
    private Set<NeedRule> needRules;
    @MappedCollection(idColumn = "policy_id")
    private Set<WeightSetting> weights;

    @PersistenceCreator
    VisitPolicy(Long id, int version, Long centerId, int homeHospitalBedBelow, int routineMinutes,
                int homeHospitalBedMinutes, Skill homeHospitalBedSkill, List<FrequencyTier> tiers,
                Set<NeedRule> needRules, Set<WeightSetting> weights) {
        this.id = id;
        this.weights = new HashSet<>(weights);
        this.version = version;
        this.centerId = Objects.requireNonNull(centerId, "centerId");
        update(homeHospitalBedBelow, routineMinutes, homeHospitalBedMinutes, homeHospitalBedSkill, tiers, needRules);
    }

    public static VisitPolicy defaults(Long centerId) {
        return new VisitPolicy(null, 0, centerId, 45, 30, 45, Skill.NURSING,
                List.of(new FrequencyTier(0, 4, 4), new FrequencyTier(45, 3, 5), new FrequencyTier(60, 2, 7)),
                Set.of(new NeedRule(CareNeed.REHABILITATION, Skill.REHABILITATION, 15),
                        new NeedRule(CareNeed.TCM, Skill.TCM, 15),
                        new NeedRule(CareNeed.HOSPICE, Skill.NURSING, 15),
                        new NeedRule(CareNeed.COGNITIVE_SCREENING, Skill.GENERAL_PRACTICE, 10)), Set.of());
    }

    public void update(int homeHospitalBedBelow, int routineMinutes, int homeHospitalBedMinutes,
                       Skill homeHospitalBedSkill, List<FrequencyTier> tiers, Set<NeedRule> needRules) {
        if (homeHospitalBedBelow < 0 || homeHospitalBedBelow > 101) {
            throw new IllegalArgumentException("homeHospitalBedBelow must be between 0 and 101");
        }
        if (routineMinutes <= 0 || homeHospitalBedMinutes <= 0) {
            throw new IllegalArgumentException("visit durations must be positive");
        }
        List<FrequencyTier> sorted = tiers.stream().sorted(Comparator.comparingInt(FrequencyTier::minAdl)).toList();
        if (sorted.isEmpty() || sorted.get(0).minAdl() != 0) {
            throw new IllegalArgumentException("frequency tiers must start at ADL 0 so every score has a frequency");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).minAdl() == sorted.get(i - 1).minAdl()) {
                throw new IllegalArgumentException("two frequency tiers start at ADL " + sorted.get(i).minAdl());
            }
        }
        if (needRules.stream().map(NeedRule::need).distinct().count() != needRules.size()) {
            throw new IllegalArgumentException("each need may have one rule only");
        }
        this.homeHospitalBedBelow = homeHospitalBedBelow;
        this.routineMinutes = routineMinutes;
        this.homeHospitalBedMinutes = homeHospitalBedMinutes;
        this.homeHospitalBedSkill = Objects.requireNonNull(homeHospitalBedSkill, "homeHospitalBedSkill");
        this.tiers = new ArrayList<>(sorted);
        this.needRules = new HashSet<>(needRules);
    }

    /** Replaces the center's constraint weights; the caller has checked names and values. */
    public void replaceWeights(Map<String, String> byName) {
        this.weights = byName.entrySet().stream().map(e -> new WeightSetting(e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.toCollection(HashSet::new));
    }

    public Map<String, String> weights() {
        Map<String, String> byName = new java.util.TreeMap<>();
        weights.forEach(w -> byName.put(w.name(), w.weight()));
        return byName;
    }

    public FrequencyTier tierFor(int adlScore) {
        FrequencyTier match = tiers.get(0);
        for (FrequencyTier tier : tiers) {
            if (adlScore >= tier.minAdl()) {
                match = tier;
            }
        }
        return match;
    }

    public boolean needsHomeHospitalBed(int adlScore) {
        return adlScore < homeHospitalBedBelow;
    }

    public Optional<NeedRule> ruleFor(CareNeed need) {
        return needRules.stream().filter(r -> r.need() == need).findFirst();
    }

    /** Skills a visit to an elder with these needs requires. */
    public Set<Skill> requiredSkills(boolean homeHospitalBed, Set<CareNeed> needs) {
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        if (homeHospitalBed) {
            skills.add(homeHospitalBedSkill);
        }
        needs.forEach(need -> ruleFor(need).ifPresent(rule -> skills.add(rule.skill())));
        return skills;
    }

    /** Minutes at the home: the visit kind's duration plus what each need adds. */
    public int visitMinutes(boolean homeHospitalBed, Set<CareNeed> needs) {
        int minutes = homeHospitalBed ? homeHospitalBedMinutes : routineMinutes;
        for (CareNeed need : needs) {
            minutes += ruleFor(need).map(NeedRule::extraMinutes).orElse(0);
        }
        return minutes;
    }

    /**
     * What leaving a visit out costs: a home hospital bed outweighs a full day of the most urgent
     * routine visits (more than eight), so no search trades one for several; then disabled and
     * end-of-life elders, then the other priority groups of the municipal documents.
     */
    public int priorityOf(boolean homeHospitalBed, Set<ElderCategory> categories) {
        int priority = 1;
        if (homeHospitalBed) {
            priority += 64;
        }
        if (categories.contains(ElderCategory.DISABLED) || categories.contains(ElderCategory.END_OF_LIFE)) {
            priority += 4;
        } else if (categories.contains(ElderCategory.SEMI_DISABLED) || categories.contains(ElderCategory.POST_DISCHARGE)) {
            priority += 2;
        }
        long others = categories.stream().filter(c -> c == ElderCategory.VERY_OLD || c == ElderCategory.EMPTY_NEST
                || c == ElderCategory.FAMILY_PLANNING_SPECIAL || c == ElderCategory.HARDSHIP).count();
        return priority + (int) Math.min(2, others);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getCenterId() { return centerId; }
    public int getHomeHospitalBedBelow() { return homeHospitalBedBelow; }
    public int getRoutineMinutes() { return routineMinutes; }
    public int getHomeHospitalBedMinutes() { return homeHospitalBedMinutes; }
    public Skill getHomeHospitalBedSkill() { return homeHospitalBedSkill; }
    public List<FrequencyTier> getTiers() { return List.copyOf(tiers); }
    public Set<NeedRule> getNeedRules() { return Set.copyOf(needRules); }
}
