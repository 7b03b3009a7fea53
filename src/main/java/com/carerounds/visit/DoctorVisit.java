package com.carerounds.visit;

import com.carerounds.elder.CareNeed;
import com.carerounds.elder.ChronicCondition;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** One stop of a team's day as a doctor needs it at the door: when, who, where, what care. */
public record DoctorVisit(Long visitId, int version, LocalDate date, int position, LocalTime plannedStart,
                          int durationMinutes, Long elderId, String elderName, String address, String phone,
                          boolean homeHospitalBed, VisitKind kind, Set<CareNeed> needs,
                          Set<ChronicCondition> conditions, VisitStatus status, MissedReason missedReason,
                          String notes) {

    /** Without the phone: a framework's trace of the answer must not put it in a log. */
    @Override
    public String toString() {
        return "DoctorVisit[visitId=" + visitId + ", date=" + date + ", position=" + position + ", elderId=" + elderId
                + ", status=" + status + "]";
    }
}
