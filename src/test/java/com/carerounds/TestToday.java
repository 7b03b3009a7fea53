package com.carerounds;

import com.carerounds.account.MutableClock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for the tests that plan December 2026 and later: 30 November, 09:00 in the service's zone, on a
 * clock a test may move on by hand. With the real clock their month turned past and frozen day by day as
 * the calendar reached it, and their visits with it.
 */
public final class TestToday {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TestToday() {
    }

    /** For {@code @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock}. */
    public static Clock beforeTheMonth() {
        return new MutableClock(LocalDate.of(2026, 11, 30).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }
}
