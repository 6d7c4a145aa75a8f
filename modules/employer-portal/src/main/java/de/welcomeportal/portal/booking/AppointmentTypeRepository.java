package de.welcomeportal.portal.booking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentTypeRepository extends JpaRepository<AppointmentType, Long> {

    Optional<AppointmentType> findByKey(String key);

    List<AppointmentType> findAllByOrderBySortOrderAscKeyAsc();
}
