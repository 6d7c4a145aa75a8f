package de.welcomeportal.portal.guidance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceRevisionRepository extends JpaRepository<GuidanceRevision, Long> {

    Optional<GuidanceRevision> findByItemIdAndNumber(long itemId, int number);

    List<GuidanceRevision> findByItemIdOrderByNumberDesc(long itemId);
}
