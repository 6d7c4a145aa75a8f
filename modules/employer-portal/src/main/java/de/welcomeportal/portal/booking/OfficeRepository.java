package de.welcomeportal.portal.booking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {

    Optional<Office> findByKey(String key);

    List<Office> findAllByOrderBySortOrderAscNameAsc();
}
