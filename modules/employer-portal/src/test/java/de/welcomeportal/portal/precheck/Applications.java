package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;

/** Pre-check applications for tests: a complete, valid one, and variations of it. */
final class Applications {

    static final String EMAIL = "personal@tischlerei-beispiel.de";

    private Applications() {
    }

    static PrecheckApplication valid() {
        return new PrecheckApplication(employer(), position(), candidate(),
                new PrecheckApplication.Wishes(true, true, false), true, "de");
    }

    static PrecheckApplication.Employer employer() {
        return new PrecheckApplication.Employer("Tischlerei Beispiel", "GmbH",
                new PrecheckApplication.Address("Lange Straße 1", "32756", "Detmold"), "HRB 1234",
                "Erika Mustermann", EMAIL, "05231 12345");
    }

    static PrecheckApplication.Position position() {
        return new PrecheckApplication.Position("Tischler/in", "7522",
                new PrecheckApplication.Address("Werkstraße 5", "32657", "Lemgo"), LocalDate.now().plusMonths(2),
                new BigDecimal("40"), new BigDecimal("42000.00"), true, false, null);
    }

    static PrecheckApplication.Candidate candidate() {
        return new PrecheckApplication.Candidate("Dragana", "Petrović", LocalDate.of(1994, 3, 12), List.of("RS"), "RS",
                null, QualificationKind.VOCATIONAL, "Stolar (Tischler)", Recognition.FULL, "HWK-OWL 2026/123",
                GermanLevel.B1);
    }

    static PrecheckApplication withEmployer(PrecheckApplication.Employer employer) {
        PrecheckApplication a = valid();
        return new PrecheckApplication(employer, a.position(), a.candidate(), a.wishes(), true, "de");
    }

    static PrecheckApplication withPosition(PrecheckApplication.Position position) {
        PrecheckApplication a = valid();
        return new PrecheckApplication(a.employer(), position, a.candidate(), a.wishes(), true, "de");
    }

    static PrecheckApplication withCandidate(PrecheckApplication.Candidate candidate) {
        PrecheckApplication a = valid();
        return new PrecheckApplication(a.employer(), a.position(), candidate, a.wishes(), true, "de");
    }
}
