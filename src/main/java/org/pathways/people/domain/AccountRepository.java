package org.pathways.people.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("""
            select a from Account a join fetch a.educator e left join fetch a.roles
            where lower(e.email) = lower(:email)""")
    Optional<Account> findByEmail(String email);
}
