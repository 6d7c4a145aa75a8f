package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import de.welcomeportal.portal.selfcheck.SelfCheckResponse;
import de.welcomeportal.portal.selfcheck.rules.Pathway;

/**
 * A case as JSON after the published schema {@code precheck-case-v1} ({@code precheck/schema/}), for the file or
 * for the authority's system. Field names follow the data fields of the Föderales Informationsmanagement (FIM)
 * where FIM has one ({@code familienname}, {@code anschrift.postleitzahl}, …); {@code docs/precheck-export.md}
 * lists the mapping. Internal notes are not exported. The schema's version is part of its name: a change that is
 * not an addition of an optional field gets a new version, and the old one stays published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseExport(
        String schema,
        String aktenzeichen,
        CaseStatus status,
        String sprache,
        Instant erstelltAm,
        @Nullable Instant eingereichtAm,
        Instant exportiertAm,
        @Nullable String zustaendig,
        @Nullable String dienststelle,
        boolean anonymisiert,
        @Nullable Pathway wegLautSelbstcheck,
        @Nullable Arbeitgeber arbeitgeber,
        @Nullable Stelle stelle,
        @Nullable Fachkraft fachkraft,
        @Nullable Anliegen anliegen,
        @Nullable Instant datenschutzhinweisBestaetigtAm,
        @Nullable SelfCheckResponse selbstcheck,
        @Nullable Antwort antwort,
        List<Eintrag> verlauf,
        List<Unterlage> unterlagen) {

    /** The schema's {@code $id}; the portal serves the same file at {@value PrecheckSchemaController#PATH}. */
    static final String SCHEMA_ID = "https://welcomeportal.de/schemas/precheck-case-v1.json";
    static final String AUTHOR_EMPLOYER = "arbeitgeber";
    static final String AUTHOR_WELCOME_CENTER = "welcome-center";
    static final String AUTHOR_SYSTEM = "system";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /** "Lange Straße 1", "Hauptstr. 12-14", "Am Markt 3 a": the house number is the number at the end. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "^(.*\\S)\\s+(\\d+\\s?[a-zA-Z]?(?:\\s?[-/]\\s?\\d+\\s?[a-zA-Z]?)?)$");

    /** FIM G60000086 "Anschrift Inland Gebäudeanschrift". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Anschrift(String strasse, @Nullable String hausnummer, @Nullable String postleitzahl,
                     @Nullable String ort) {

        /** The portal asks for street and number in one field; FIM keeps them apart. */
        static @Nullable Anschrift of(@Nullable String streetAndNumber, @Nullable String postcode,
                                      @Nullable String city) {
            if (streetAndNumber == null) {
                return null;
            }
            Matcher matcher = HOUSE_NUMBER.matcher(streetAndNumber.strip());
            return matcher.matches() ? new Anschrift(matcher.group(1), matcher.group(2), postcode, city)
                    : new Anschrift(streetAndNumber.strip(), null, postcode, city);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ansprechperson(@Nullable String name, @Nullable String email, @Nullable String telefon) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Arbeitgeber(@Nullable String name, @Nullable String rechtsform, @Nullable String registernummer,
                       @Nullable Anschrift anschrift, Ansprechperson ansprechperson) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stelle(@Nullable String bezeichnung, @Nullable String iscoCode, @Nullable Anschrift arbeitsort,
                  @Nullable LocalDate beginn, @Nullable BigDecimal wochenarbeitszeitStunden,
                  @Nullable BigDecimal bruttojahresgehaltEuro, boolean tarifgebunden, boolean befristet,
                  @Nullable Integer befristungMonate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Qualifikation(@Nullable String art, @Nullable String bezeichnung, @Nullable String anerkennung,
                         @Nullable String anerkennungAktenzeichen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fachkraft(@Nullable String familienname, @Nullable String vorname, @Nullable LocalDate geburtsdatum,
                     List<String> staatsangehoerigkeit, @Nullable String wohnsitzstaat,
                     @Nullable String aufenthaltsstatus, Qualifikation qualifikation,
                     @Nullable String deutschkenntnisse) {
    }

    record Anliegen(boolean beratung, boolean beschleunigtesFachkraefteverfahren, boolean anerkennungsberatung) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Antwort(Pathway weg, @Nullable String text, @Nullable String zustaendigeBehoerde,
                   @Nullable String fehlendeUnterlagen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Eintrag(Instant zeitpunkt, CaseEntryKind art, String von, @Nullable String text) {
    }

    record Unterlage(String dateiname, String medientyp, long groesseBytes, Instant hochgeladenAm,
                     String hochgeladenVon) {
    }

    static byte[] toJson(PrecheckViews.StaffCase c, Instant now) {
        return JSON.writeValueAsBytes(of(c, now));
    }

    static CaseExport of(PrecheckViews.StaffCase c, Instant now) {
        boolean anonymised = CaseSections.isAnonymised(c);
        return new CaseExport(SCHEMA_ID, c.reference(), c.status(), c.language(), c.createdAt(), c.confirmedAt(), now,
                c.assignee(), c.office(), anonymised, c.pathway(),
                anonymised ? null : arbeitgeber(c),
                anonymised ? null : stelle(c),
                anonymised ? null : fachkraft(c),
                anonymised ? null : new Anliegen(c.wantsAdvice(), c.wantsAcceleratedProcedure(),
                        c.wantsRecognitionHelp()),
                anonymised ? null : c.privacyAcknowledgedAt(),
                SelfCheckSnapshot.read(c.selfCheckSnapshot(), c.reference()).orElse(null),
                antwort(c.answer()),
                c.timeline().stream().filter(entry -> entry.kind().isVisibleToEmployer())
                        .map(entry -> new Eintrag(entry.at(), entry.kind(), author(entry.author()), entry.text()))
                        .toList(),
                c.documents().stream().map(d -> new Unterlage(d.fileName(), d.contentType(), d.sizeBytes(),
                        d.uploadedAt(), PrecheckService.EMPLOYER.equals(d.uploadedBy()) ? AUTHOR_EMPLOYER
                                : AUTHOR_WELCOME_CENTER)).toList());
    }

    private static Arbeitgeber arbeitgeber(PrecheckViews.StaffCase c) {
        return new Arbeitgeber(c.companyName(), c.legalForm(), c.registerNumber(),
                Anschrift.of(c.employerStreet(), c.employerPostcode(), c.employerCity()),
                new Ansprechperson(c.contactName(), c.contactEmail(), c.contactPhone()));
    }

    private static Stelle stelle(PrecheckViews.StaffCase c) {
        return new Stelle(c.jobTitle(), c.jobIsco(),
                Anschrift.of(c.workplaceStreet(), c.workplacePostcode(), c.workplaceCity()), c.startDate(),
                c.weeklyHours(), c.grossAnnualSalary(), c.collectiveAgreement(), c.fixedTerm(),
                c.fixedTerm() ? c.contractMonths() : null);
    }

    private static Fachkraft fachkraft(PrecheckViews.StaffCase c) {
        return new Fachkraft(c.candidateFamilyName(), c.candidateGivenNames(), c.candidateBirthDate(),
                c.candidateCitizenships(), c.candidateResidenceCountry(), name(c.candidateResidenceStatus()),
                new Qualifikation(name(c.qualificationKind()), c.qualificationTitle(), name(c.recognition()),
                        c.recognitionReference()),
                name(c.germanLevel()));
    }

    private static @Nullable Antwort antwort(PrecheckViews.@Nullable Answer answer) {
        return answer == null ? null : new Antwort(answer.pathway(), blankToNull(answer.text()),
                blankToNull(answer.authority()),
                blankToNull(answer.missingDocuments()));
    }

    private static String author(String author) {
        return switch (author) {
            case PrecheckService.EMPLOYER -> AUTHOR_EMPLOYER;
            case PrecheckService.SYSTEM -> AUTHOR_SYSTEM;
            default -> AUTHOR_WELCOME_CENTER;
        };
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
