package com.carerounds.elder;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ElderRepository extends ListCrudRepository<Elder, Long> {

    List<Elder> findByCenterId(Long centerId);

    Optional<Elder> findByCenterIdAndCode(Long centerId, String code);

    long countByCenterId(Long centerId);

    @Query("select count(*) from elder where national_id = :nationalId")
    int countByNationalId(String nationalId);
}
