package com.carerounds.policy;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Elders whose latest ADL score is at least {@code minAdl} (and below the next tier's) get
 * {@code visitsPerMonth} visits, at least {@code minGapDays} apart.
 */
@Table("policy_tier")
public record FrequencyTier(int minAdl, int visitsPerMonth, int minGapDays) {

    public FrequencyTier {
        if (minAdl < 0 || minAdl > 100) {
            throw new IllegalArgumentException("minAdl must be between 0 and 100, was " + minAdl);
        }
        if (visitsPerMonth < 0 || visitsPerMonth > 31) {
            throw new IllegalArgumentException("visitsPerMonth must be between 0 and 31, was " + visitsPerMonth);
        }
        if (minGapDays < 1) {
            throw new IllegalArgumentException("minGapDays must be at least 1, was " + minGapDays);
        }
    }
}
