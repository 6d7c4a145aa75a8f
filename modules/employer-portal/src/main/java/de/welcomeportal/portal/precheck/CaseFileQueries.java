package de.welcomeportal.portal.precheck;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The staff queue's filters as a query; unconfirmed cases never appear. */
final class CaseFileQueries {

    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");

    private CaseFileQueries() {
    }

    static Specification<CaseFile> matching(PrecheckViews.QueueFilter filter) {
        return (root, query, builder) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(builder.notEqual(root.get("status"), CaseStatus.AWAITING_CONFIRMATION));
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.office() != null && !filter.office().isBlank()) {
                where.add(builder.equal(root.get("office"), filter.office()));
            }
            if (filter.pathway() != null) {
                where.add(builder.equal(root.get("pathway"), filter.pathway()));
            }
            if (filter.assignee() != null && !filter.assignee().isBlank()) {
                where.add(builder.equal(root.get("assignee"), filter.assignee()));
            }
            if (filter.submittedFrom() != null) {
                where.add(builder.greaterThanOrEqualTo(root.get("confirmedAt"), startOf(filter.submittedFrom())));
            }
            if (filter.submittedTo() != null) {
                where.add(builder.lessThan(root.get("confirmedAt"), startOf(filter.submittedTo().plusDays(1))));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(builder.or(
                        builder.like(builder.lower(root.get("reference")), pattern, '\\'),
                        builder.like(builder.lower(root.get("companyName")), pattern, '\\'),
                        builder.like(builder.lower(root.get("candidateFamilyName")), pattern, '\\'),
                        builder.like(builder.lower(root.get("candidateGivenNames")), pattern, '\\')));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(PORTAL_ZONE).toInstant();
    }
}
