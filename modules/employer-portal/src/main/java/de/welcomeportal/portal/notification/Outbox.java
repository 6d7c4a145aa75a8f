package de.welcomeportal.portal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.welcomeportal.portal.staff.AuditLog;

/**
 * The outbox as administrators see it: every mail the portal wrote in the retention period, newest first. Reading
 * a mail's text is an audited action, because it contains an employer's name and address.
 */
@Service
class Outbox {

    static final String VIEWED_ACTION = "notification.outbox-viewed";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OutboxMailRepository mails;
    private final AuditLog auditLog;

    Outbox(OutboxMailRepository mails, AuditLog auditLog) {
        this.mails = mails;
        this.auditLog = auditLog;
    }

    /** One page of the list, without the mails' texts. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> newestFirst(OutboxFilter filter, int page, int pageSize) {
        return mails.findAll(matching(filter), PageRequest.of(page, Math.max(1, pageSize), NEWEST_FIRST))
                .map(OutboxMail::toEntry)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(OutboxFilter filter) {
        return mails.count(matching(filter));
    }

    /** A mail with its text, and an audit line that the current administrator read it; empty when deleted. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<OutboxMailDetail> open(long id) {
        return mails.findById(id).map(mail -> {
            OutboxMailDetail detail = mail.toDetail();
            auditLog.record(VIEWED_ACTION, detail.entry().reference(),
                    "mail " + id + " (" + detail.entry().kind() + ", " + detail.entry().status() + ")");
            return detail;
        });
    }

    private static Specification<OutboxMail> matching(OutboxFilter filter) {
        return (root, query, criteria) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.status() != null) {
                conditions.add(criteria.equal(root.get("status"), filter.status()));
            }
            String text = filter.referenceText().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                conditions.add(criteria.like(criteria.lower(root.get("reference")), "%" + escapeLike(text) + "%",
                        '\\'));
            }
            return criteria.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
