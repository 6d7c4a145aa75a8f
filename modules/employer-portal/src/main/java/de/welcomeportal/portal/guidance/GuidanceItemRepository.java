package de.welcomeportal.portal.guidance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuidanceItemRepository extends JpaRepository<GuidanceItem, Long> {

    Optional<GuidanceItem> findByKey(String key);

    List<GuidanceItem> findAllByOrderByKindAscKeyAsc();

    List<GuidanceItem> findByPublishedRevisionIsNotNull();
}
