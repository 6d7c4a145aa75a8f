package de.welcomeportal.portal.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.vaadin.flow.i18n.I18NProvider;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.welcomeportal.portal.precheck.PlainText;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * Offices, their appointment types and opening plans, as administrators keep them. Every change is validated,
 * made under the version the administrator saw, and audited. Changes apply to times not booked yet; existing
 * bookings keep their time.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OfficeAdministration {

    private final OfficeRepository offices;
    private final AppointmentTypeRepository types;
    private final ClosureRepository closures;
    private final ApiRequests validation;
    private final I18NProvider texts;
    private final AuditLog auditLog;
    private final EntityManager entityManager;

    OfficeAdministration(OfficeRepository offices, AppointmentTypeRepository types, ClosureRepository closures,
                         ApiRequests validation, I18NProvider texts, AuditLog auditLog, EntityManager entityManager) {
        this.offices = offices;
        this.types = types;
        this.closures = closures;
        this.validation = validation;
        this.texts = texts;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
    }

    /** Name, address, accessibility notes and the types an office offers. */
    public record OfficeSettings(
            @NotBlank @Size(max = 120) @PlainText String name,
            @NotBlank @Size(max = 200) @PlainText String street,
            @NotBlank @Pattern(regexp = "[0-9]{5}", message = "{booking.validation.postcode}") String postcode,
            @NotBlank @Size(max = 100) @PlainText String city,
            @NotBlank @Size(max = 1000) String accessibilityDe,
            @NotBlank @Size(max = 1000) String accessibilityEn,
            boolean active,
            @Min(0) @Max(999) int sortOrder,
            @NotNull Set<String> typeIds) {
    }

    /** The opening plan of an office. */
    public record PlanSettings(
            @Min(5) @Max(240) int slotMinutes,
            @Min(1) @Max(50) int capacity,
            @Min(0) @Max(240) int bufferMinutes,
            @Min(0) @Max(720) int earliestHoursAhead,
            @Min(1) @Max(365) int latestDaysAhead,
            @NotNull List<OpeningPlan.@NotNull Window> windows) {
    }

    /** An appointment type. */
    public record TypeSettings(
            @NotBlank @Size(max = 120) @PlainText String nameDe,
            @NotBlank @Size(max = 120) @PlainText String nameEn,
            @NotBlank @Size(max = 1000) String descriptionDe,
            @NotBlank @Size(max = 1000) String descriptionEn,
            @Min(5) @Max(480) int durationMinutes,
            @NotEmpty Set<AppointmentMode> modes,
            boolean active,
            @Min(0) @Max(999) int sortOrder) {
    }

    /** An office with everything an administrator edits. */
    public record OfficeDetails(String id, long version, OfficeSettings settings, PlanSettings plan,
                                List<ClosureDetails> closures) {
    }

    /** A closure with its id, for removing it. */
    public record ClosureDetails(long id, LocalDate first, LocalDate last, String reason) {
    }

    /** An appointment type with its id and version. */
    public record TypeDetails(String id, long version, TypeSettings settings) {
    }

    @Transactional(readOnly = true)
    public List<OfficeDetails> offices() {
        return offices.findAllByOrderBySortOrderAscNameAsc().stream().map(OfficeAdministration::details).toList();
    }

    @Transactional(readOnly = true)
    public List<TypeDetails> types() {
        return types.findAllByOrderBySortOrderAscKeyAsc().stream()
                .map(type -> new TypeDetails(type.key(), type.version(), new TypeSettings(type.nameDe(),
                        type.nameEn(), type.descriptionDe(), type.descriptionEn(), (int) type.duration().toMinutes(),
                        type.modes(), type.active(), type.sortOrder())))
                .toList();
    }

    /**
     * Creates an office with an empty opening plan.
     *
     * @param id the stable id used in links and the API, e.g. {@code detmold}
     */
    @Transactional
    public OfficeDetails createOffice(String id, OfficeSettings settings, Locale locale) {
        if (!id.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw invalid("id", "Pattern", "booking.validation.office-id", locale);
        }
        if (offices.findByKey(id).isPresent()) {
            throw invalid("id", "Taken", "booking.validation.office-id-taken", locale);
        }
        validation.validate(settings, locale);
        Office office = new Office(id);
        office.change(settings, offeredTypes(settings.typeIds(), locale));
        offices.saveAndFlush(office);
        auditLog.record("booking.office.create", id, null);
        return details(office);
    }

    @Transactional
    public OfficeDetails updateOffice(String id, long version, OfficeSettings settings, Locale locale) {
        validation.validate(settings, locale);
        Office office = office(id, version);
        office.change(settings, offeredTypes(settings.typeIds(), locale));
        offices.saveAndFlush(office);
        auditLog.record("booking.office.update", id, null);
        return details(office);
    }

    /** Replaces the opening plan; windows of one day must not overlap. */
    @Transactional
    public OfficeDetails updatePlan(String id, long version, PlanSettings plan, Locale locale) {
        validation.validate(plan, locale);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < plan.windows().size(); i++) {
            OpeningPlan.Window window = plan.windows().get(i);
            if (!window.opens().isBefore(window.closes())) {
                problems.add(problem("windows[" + i + "]", "Order", "booking.validation.window-order", locale));
                continue;
            }
            for (int j = 0; j < i; j++) {
                OpeningPlan.Window other = plan.windows().get(j);
                if (other.day() == window.day() && window.opens().isBefore(other.closes())
                        && other.opens().isBefore(window.closes())) {
                    problems.add(problem("windows[" + i + "]", "Overlap", "booking.validation.window-overlap", locale));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Office office = office(id, version);
        office.changePlan(plan);
        offices.saveAndFlush(office);
        auditLog.record("booking.office.plan", id, plan.capacity() + " per slot, " + plan.windows().size()
                + " window(s)");
        return details(office);
    }

    @Transactional
    public OfficeDetails addClosure(String id, LocalDate first, LocalDate last, String reason, Locale locale) {
        if (last.isBefore(first)) {
            throw invalid("last", "Order", "booking.validation.closure-order", locale);
        }
        if (reason.isBlank() || reason.length() > 200) {
            throw invalid("reason", "Size", "booking.validation.closure-reason", locale);
        }
        Office office = offices.findByKey(id).orElseThrow(BookingNotFoundException::new);
        closures.saveAndFlush(new ClosureRow(office.id(), new OpeningPlan.Closure(first, last, reason)));
        auditLog.record("booking.office.closure-add", id, first + ".." + last);
        entityManager.refresh(office); // the office's closure list was loaded before the new row existed
        return details(office);
    }

    @Transactional
    public OfficeDetails removeClosure(String id, long closureId) {
        Office office = offices.findByKey(id).orElseThrow(BookingNotFoundException::new);
        closures.findById(closureId).filter(closure -> closure.officeId() == office.id()).ifPresent(closure -> {
            closures.delete(closure);
            auditLog.record("booking.office.closure-remove", id, closure.closure().first() + ".."
                    + closure.closure().last());
        });
        closures.flush();
        entityManager.refresh(office);
        return details(office);
    }

    @Transactional
    public TypeDetails saveType(String id, @Nullable Long version, TypeSettings settings, Locale locale) {
        validation.validate(settings, locale);
        AppointmentType type;
        if (version == null) {
            if (!id.matches("[a-z0-9][a-z0-9-]{1,39}")) {
                throw invalid("id", "Pattern", "booking.validation.office-id", locale);
            }
            if (types.findByKey(id).isPresent()) {
                throw invalid("id", "Taken", "booking.validation.office-id-taken", locale);
            }
            type = new AppointmentType(id);
        } else {
            type = types.findByKey(id).orElseThrow(BookingNotFoundException::new);
            if (type.version() != version) {
                throw new BookingStateException("changed", BookingStatus.CONFIRMED);
            }
        }
        type.change(settings);
        types.saveAndFlush(type);
        auditLog.record(version == null ? "booking.type.create" : "booking.type.update", id, null);
        return new TypeDetails(type.key(), type.version(), settings);
    }

    private Office office(String id, long version) {
        Office office = offices.findByKey(id).orElseThrow(BookingNotFoundException::new);
        if (office.version() != version) {
            throw new BookingStateException("changed", BookingStatus.CONFIRMED);
        }
        return office;
    }

    private Set<AppointmentType> offeredTypes(Set<String> ids, Locale locale) {
        Set<AppointmentType> offered = new LinkedHashSet<>();
        for (String typeId : ids) {
            offered.add(types.findByKey(typeId)
                    .orElseThrow(() -> invalid("typeIds", "UnknownType", "booking.validation.type", locale)));
        }
        return offered;
    }

    private static OfficeDetails details(Office office) {
        OpeningPlan plan = office.plan();
        return new OfficeDetails(office.key(), office.version(),
                new OfficeSettings(office.name(), office.street(), office.postcode(), office.city(),
                        office.accessibilityDe(), office.accessibilityEn(), office.active(), office.sortOrder(),
                        office.types().stream().map(AppointmentType::key)
                                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))),
                new PlanSettings((int) plan.slotLength().toMinutes(), plan.capacity(), (int) plan.buffer().toMinutes(),
                        (int) plan.earliestAhead().toHours(), plan.latestDaysAhead(), plan.windows()),
                office.closureRows().stream().map(row -> new ClosureDetails(row.id(), row.closure().first(),
                        row.closure().last(), row.closure().reason())).toList());
    }

    private FieldProblem problem(String field, String code, String key, Locale locale) {
        return new FieldProblem(field, code, texts.getTranslation(key, locale));
    }

    private InvalidRequestException invalid(String field, String code, String key, Locale locale) {
        return new InvalidRequestException(List.of(problem(field, code, key, locale)));
    }
}
