package de.welcomeportal.portal.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(a) from Account a join a.roles r where r = de.welcomeportal.portal.staff.Role.ADMIN and a.enabled = true")
    long countEnabledAdministrators();
}
