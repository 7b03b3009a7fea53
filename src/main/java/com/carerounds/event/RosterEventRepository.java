package com.carerounds.event;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RosterEventRepository extends ListCrudRepository<RosterEvent, Long> {

    List<RosterEvent> findByRosterIdOrderByRecordedAtAscIdAsc(Long rosterId);
}
