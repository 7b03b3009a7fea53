package com.carerounds.elder;

import com.carerounds.audit.AuditedFields;

/** An elder's fields for the audit trail: the national ID masked as on a doctor's screen, the phone to its last digits. */
public final class ElderAudit {

    private ElderAudit() {
    }

    public static AuditedFields of(Elder elder) {
        Person p = elder.getPerson();
        return AuditedFields.none()
                .with("code", elder.getCode())
                .with("name", p.name())
                .with("sex", p.sex())
                .with("birthDate", p.birthDate())
                .withProtected("nationalId", p.nationalId(), NationalId.mask(p.nationalId()))
                .withProtected("phone", p.phone(), p.phone() == null || p.phone().length() <= 4 ? "***"
                        : "***" + p.phone().substring(p.phone().length() - 4))
                .with("address", elder.getAddress())
                .with("latitude", elder.getLocation().latitude())
                .with("longitude", elder.getLocation().longitude())
                .with("categories", elder.getCategories())
                .with("chronicConditions", elder.getConditions())
                .with("needs", elder.getNeeds())
                .with("preferredHalfDay", elder.getPreferredHalfDay())
                .with("unavailableDates", elder.getUnavailableDates())
                .with("visitWeekdays", elder.getVisitWeekdays().ordered())
                .with("visitWindow", elder.getVisitWindow() == null ? null : elder.getVisitWindow().format())
                .with("visitTimeChanges", elder.getVisitTimeChanges().stream()
                        .map(t -> t.effectiveFrom() + " " + (t.window() == null ? "any time" : t.window().format())
                                + (t.visitWeekdays().days().isEmpty() ? "" : " " + t.visitWeekdays().format()))
                        .toList())
                .with("assessments", elder.getAssessments().stream()
                        .map(a -> a.assessedOn() + " " + a.score() + (a.assessor() == null ? "" : " " + a.assessor()))
                        .toList());
    }
}
