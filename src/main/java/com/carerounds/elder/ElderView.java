package com.carerounds.elder;

import com.carerounds.solver.HalfDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An elder as the API shows it. The national ID number is shown whole to administrators only, who
 * keep the register; others see it masked.
 */
public record ElderView(Long id, int version, Long centerId, String code, String name, Sex sex, LocalDate birthDate,
                        String nationalId, String phone, String address, double latitude, double longitude,
                        Set<ElderCategory> categories, Set<ChronicCondition> chronicConditions, Set<CareNeed> needs,
                        HalfDay preferredHalfDay, Set<LocalDate> unavailableDates, Set<DayOfWeek> visitWeekdays,
                        TimeWindow visitWindow, List<VisitTimesView> visitTimeChanges, List<AdlAssessment> assessments,
                        Integer latestAdlScore) {

    /** A dated change of the visit times: from that date on, this window (null: any time) and these weekdays. */
    public record VisitTimesView(LocalDate from, TimeWindow visitWindow, Set<DayOfWeek> visitWeekdays) {

        static VisitTimesView of(VisitTimes times) {
            return new VisitTimesView(times.effectiveFrom(), times.window(), times.visitWeekdays().ordered());
        }
    }

    static ElderView of(Elder e, boolean fullNationalId) {
        Person p = e.getPerson();
        return new ElderView(e.getId(), e.getVersion(), e.getCenterId(), e.getCode(), p.name(), p.sex(),
                p.birthDate(), fullNationalId ? p.nationalId() : NationalId.mask(p.nationalId()), p.phone(),
                e.getAddress(), e.getLocation().latitude(), e.getLocation().longitude(), e.getCategories(),
                e.getConditions(), e.getNeeds(), e.getPreferredHalfDay(), e.getUnavailableDates(), e.getVisitWeekdays().ordered(),
                e.getVisitWindow(), e.getVisitTimeChanges().stream().map(VisitTimesView::of).toList(), e.getAssessments(),
                e.latestAssessment().map(AdlAssessment::score).orElse(null));
    }

    /** Without the national ID and phone: a framework's trace of the answer must not put them in a log. */
    @Override
    public String toString() {
        return "ElderView[id=" + id + ", version=" + version + ", centerId=" + centerId + ", code=" + code + "]";
    }
}
