package com.carerounds.elder;

import com.carerounds.geo.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An elder as administrators and dispatchers read it, with the assessment history. */
public record ElderView(Long id, int version, Long centerId, String code, String name, Sex sex, LocalDate birthDate,
                        String nationalId, String phone, String address, Location location,
                        Set<ElderCategory> categories, Set<ChronicCondition> conditions, Set<CareNeed> needs,
                        HalfDay preferredHalfDay, Set<LocalDate> unavailableDates, List<AdlAssessment> assessments) {

    static ElderView of(Elder e) {
        Person p = e.getPerson();
        return new ElderView(e.getId(), e.getVersion(), e.getCenterId(), e.getCode(), p.name(), p.sex(), p.birthDate(),
                p.nationalId(), p.phone(), e.getAddress(), e.getLocation(), e.getCategories(), e.getConditions(),
                e.getNeeds(), e.getPreferredHalfDay(), e.getUnavailableDates(), e.getAssessments());
    }
}
