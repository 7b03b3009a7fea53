package com.carerounds.contract;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ContractRepository extends ListCrudRepository<Contract, Long> {

    List<Contract> findByElderId(Long elderId);

    List<Contract> findByTeamId(Long teamId);

    long countByElderId(Long elderId);

    long countByTeamId(Long teamId);

    @Query("select c.* from contract c join team t on t.id = c.team_id where t.center_id = :centerId")
    List<Contract> findByCenterId(Long centerId);
}
