package com.carerounds.account;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByCenterId(Long centerId);

    long countByTeamId(Long teamId);
}
