package com.carerounds.elder;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ElderRepository extends ListCrudRepository<Elder, Long> {

    List<Elder> findByCenterId(Long centerId);

    Optional<Elder> findByCenterIdAndCode(Long centerId, String code);

    /** More than one when centers use the same code: codes are unique per center. */
    List<Elder> findByCode(String code);

    long countByCenterId(Long centerId);

    /** By the national ID's fingerprint: the number itself is stored encrypted ({@link PersonalDataProtection}). */
    int countByNationalIdHash(String nationalIdHash);

    /**
     * Locks the elder's row until the transaction ends, so that writes checking a rule across the elder's
     * records (one contract in force) take turns; empty when there is no such elder.
     */
    @Query("select id from elder where id = :id for update")
    Optional<Long> lockById(Long id);
}
