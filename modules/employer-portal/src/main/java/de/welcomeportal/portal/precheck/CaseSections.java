package de.welcomeportal.portal.precheck;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import static de.welcomeportal.portal.precheck.CaseLabels.orNone;

/**
 * The employer's answers grouped as the form asks them: employer, position, candidate, wishes. The case view and
 * the PDF summary show the same groups in the same order.
 */
final class CaseSections {

    record Section(String title, List<Row> rows) {
    }

    record Row(String label, String value) {
    }

    private CaseSections() {
    }

    /** The groups of a case; empty when its personal data has been deleted (withdrawn, or after retention). */
    static List<Section> of(PrecheckViews.StaffCase c, CaseLabels labels) {
        if (isAnonymised(c)) {
            return List.of();
        }
        return List.of(employer(c, labels), position(c, labels), candidate(c, labels), wishes(c, labels));
    }

    /** The company name is required on submission and deleted with the other personal data. */
    static boolean isAnonymised(PrecheckViews.StaffCase c) {
        return c.companyName() == null;
    }

    private static Section employer(PrecheckViews.StaffCase c, CaseLabels labels) {
        Rows rows = new Rows(labels);
        rows.add("precheck.staff.field.company-name", orNone(c.companyName()));
        rows.add("precheck.staff.field.legal-form", orNone(c.legalForm()));
        rows.add("precheck.staff.field.address", labels.address(c.employerStreet(), c.employerPostcode(),
                c.employerCity()));
        rows.add("precheck.staff.field.register-number", orNone(c.registerNumber()));
        rows.add("precheck.staff.field.contact-name", orNone(c.contactName()));
        rows.add("precheck.staff.field.email", orNone(c.contactEmail()));
        rows.add("precheck.staff.field.phone", orNone(c.contactPhone()));
        return new Section(labels.text("precheck.staff.section.employer"), rows.list);
    }

    private static Section position(PrecheckViews.StaffCase c, CaseLabels labels) {
        Rows rows = new Rows(labels);
        rows.add("precheck.staff.field.job-title", orNone(c.jobTitle()));
        rows.add("precheck.staff.field.isco", orNone(c.jobIsco()));
        rows.add("precheck.staff.field.workplace", labels.address(c.workplaceStreet(), c.workplacePostcode(),
                c.workplaceCity()));
        rows.add("precheck.staff.field.start-date", labels.date(c.startDate()));
        rows.add("precheck.staff.field.weekly-hours", labels.number(c.weeklyHours()));
        rows.add("precheck.staff.field.salary", labels.money(c.grossAnnualSalary()));
        rows.add("precheck.staff.field.collective-agreement", labels.yesNo(c.collectiveAgreement()));
        rows.add("precheck.staff.field.fixed-term", c.fixedTerm() && c.contractMonths() != null
                ? labels.text("precheck.staff.field.fixed-term.months", c.contractMonths())
                : labels.yesNo(c.fixedTerm()));
        return new Section(labels.text("precheck.staff.section.position"), rows.list);
    }

    private static Section candidate(PrecheckViews.StaffCase c, CaseLabels labels) {
        Rows rows = new Rows(labels);
        rows.add("precheck.staff.field.given-names", orNone(c.candidateGivenNames()));
        rows.add("precheck.staff.field.family-name", orNone(c.candidateFamilyName()));
        rows.add("precheck.staff.field.birth-date", labels.date(c.candidateBirthDate()));
        rows.add("precheck.staff.field.citizenships", labels.countries(c.candidateCitizenships()));
        rows.add("precheck.staff.field.residence-country", labels.country(c.candidateResidenceCountry()));
        rows.add("precheck.staff.field.residence-status", labels.residenceStatus(c.candidateResidenceStatus()));
        rows.add("precheck.staff.field.qualification", labels.qualification(c.qualificationKind()));
        rows.add("precheck.staff.field.qualification-title", orNone(c.qualificationTitle()));
        rows.add("precheck.staff.field.recognition", labels.recognition(c.recognition()));
        rows.add("precheck.staff.field.recognition-reference", orNone(c.recognitionReference()));
        rows.add("precheck.staff.field.german-level", labels.germanLevel(c.germanLevel()));
        return new Section(labels.text("precheck.staff.section.candidate"), rows.list);
    }

    private static Section wishes(PrecheckViews.StaffCase c, CaseLabels labels) {
        Rows rows = new Rows(labels);
        rows.add("precheck.staff.field.wants-advice", labels.yesNo(c.wantsAdvice()));
        rows.add("precheck.staff.field.wants-accelerated", labels.yesNo(c.wantsAcceleratedProcedure()));
        rows.add("precheck.staff.field.wants-recognition-help", labels.yesNo(c.wantsRecognitionHelp()));
        rows.add("precheck.staff.field.language", labels.text("precheck.staff.language." + c.language()));
        rows.add("precheck.staff.field.privacy-acknowledged", labels.dateTime(c.privacyAcknowledgedAt()));
        return new Section(labels.text("precheck.staff.section.wishes"), rows.list);
    }

    /** The Welcome-Center's answer as rows, or none. */
    static List<Row> answer(PrecheckViews.@Nullable Answer answer, CaseLabels labels) {
        if (answer == null) {
            return List.of();
        }
        Rows rows = new Rows(labels);
        rows.add("precheck.staff.answer.pathway", labels.pathway(answer.pathway()));
        rows.add("precheck.staff.answer.text", orNone(answer.text()));
        rows.add("precheck.staff.answer.authority", orNone(answer.authority()));
        rows.add("precheck.staff.answer.missing", orNone(answer.missingDocuments()));
        return rows.list;
    }

    private static final class Rows {
        private final CaseLabels labels;
        private final List<Row> list = new ArrayList<>();

        Rows(CaseLabels labels) {
            this.labels = labels;
        }

        void add(String labelKey, String value) {
            list.add(new Row(labels.text(labelKey), value));
        }
    }
}
