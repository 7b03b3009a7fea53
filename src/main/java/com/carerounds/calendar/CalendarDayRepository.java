package com.carerounds.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface CalendarDayRepository extends ListCrudRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByOnDateBetweenOrderByOnDate(LocalDate from, LocalDate to);
}
