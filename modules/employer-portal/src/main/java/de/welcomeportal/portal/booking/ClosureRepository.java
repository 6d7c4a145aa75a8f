package de.welcomeportal.portal.booking;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureRepository extends JpaRepository<ClosureRow, Long> {
}
