package com.carerounds.team;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Skills a visit requires, stored in one column ("NURSING|TCM"): a roster holds thousands of visits. */
public record SkillSet(Set<Skill> skills) {

    public SkillSet {
        skills = skills.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(skills));
    }

    public static SkillSet parse(String text) {
        if (text == null || text.isBlank()) {
            return new SkillSet(Set.of());
        }
        return new SkillSet(Arrays.stream(text.split("\\|")).map(String::trim).map(Skill::valueOf)
                .collect(Collectors.toSet()));
    }

    public boolean coveredBy(Set<Skill> available) {
        return available.containsAll(skills);
    }

    /** Canonical text, in enum order so equal sets are stored equally. */
    public String format() {
        return skills.stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
    }
}
