package com.carerounds.elder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who the elder is. The national ID number and phone are personal data: {@link #toString()} masks them
 * so they never reach a log.
 */
public record Person(String name, Sex sex, LocalDate birthDate, String nationalId, String phone) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        if (!NationalId.isValid(nationalId)) {
            throw new IllegalArgumentException("national ID must be 18 characters with a valid check character");
        }
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    @Override
    public String toString() {
        return "Person[name=" + name + ", sex=" + sex + ", birthDate=" + birthDate
                + ", nationalId=" + NationalId.mask(nationalId) + ", phone=" + (phone == null ? null : "***") + "]";
    }
}
