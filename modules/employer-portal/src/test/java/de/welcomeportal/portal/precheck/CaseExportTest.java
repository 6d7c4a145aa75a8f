package de.welcomeportal.portal.precheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.vaadin.flow.i18n.I18NProvider;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;
import de.welcomeportal.portal.staff.AuditEntry;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON export against its published schema, the schema's publication, and the PDF summary's content. */
@SpringBootTest(classes = PortalTestApplication.class)
class CaseExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText(), InputFormat.JSON);
    private static final String NOTE = "Intern: Rückruf bei der HWK am Montag";
    private static final String ANSWER = "§ 18a AufenthG passt; wir empfehlen das beschleunigte Fachkräfteverfahren.";

    @Autowired
    PrecheckService service;
    @Autowired
    AuditLog auditLog;
    @Autowired
    I18NProvider texts;
    @Autowired
    ApplicationContext context;

    /** The problems the published schema finds in an export; empty when it is valid. */
    static List<Error> validate(byte[] json) {
        return SCHEMA.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @Test
    void the_export_follows_the_published_schema_with_fim_field_names_and_without_internal_notes() {
        String reference = answeredCase();

        byte[] json = asStaff(() -> service.exportJson(reference));

        assertThat(validate(json)).isEmpty();
        JsonNode export = JSON.readTree(json);
        assertThat(export.path("schema").asString()).isEqualTo("https://welcomeportal.de/schemas/precheck-case-v1.json");
        assertThat(export.path("aktenzeichen").asString()).isEqualTo(reference);
        assertThat(export.path("status").asString()).isEqualTo("ANSWERED");
        assertThat(export.path("anonymisiert").asBoolean()).isFalse();
        assertThat(export.at("/fachkraft/familienname").asString()).isEqualTo("Petrović");
        assertThat(export.at("/fachkraft/vorname").asString()).isEqualTo("Dragana");
        assertThat(export.at("/fachkraft/geburtsdatum").asString()).isEqualTo("1994-03-12");
        assertThat(export.at("/fachkraft/staatsangehoerigkeit/0").asString()).isEqualTo("RS");
        assertThat(export.at("/arbeitgeber/name").asString()).isEqualTo("Tischlerei Beispiel");
        assertThat(export.at("/arbeitgeber/anschrift/strasse").asString()).isEqualTo("Lange Straße");
        assertThat(export.at("/arbeitgeber/anschrift/hausnummer").asString()).isEqualTo("1");
        assertThat(export.at("/arbeitgeber/anschrift/postleitzahl").asString()).isEqualTo("32756");
        assertThat(export.at("/arbeitgeber/anschrift/ort").asString()).isEqualTo("Detmold");
        assertThat(export.at("/stelle/bruttojahresgehaltEuro").decimalValue()).isEqualByComparingTo("42000");
        assertThat(export.at("/antwort/weg").asString()).isEqualTo("SKILLED_18A");
        assertThat(export.at("/selbstcheck/recommendation/pathway").isString()).isTrue();
        assertThat(export.path("verlauf").valueStream().map(entry -> entry.path("art").asString()))
                .contains("QUESTION", "EMPLOYER_ANSWER", "RECOMMENDATION", "STATUS").doesNotContain("NOTE");
        assertThat(export.path("verlauf").valueStream().map(entry -> entry.path("von").asString()))
                .containsOnly("arbeitgeber", "welcome-center", "system");
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain(NOTE);
        assertThat(auditActions(reference)).contains("precheck.exported-json");
    }

    @Test
    void a_withdrawn_case_exports_only_what_remains_and_still_follows_the_schema() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        service.confirm(submission.reference(), token(submission));
        service.withdraw(submission.reference(), token(submission));

        byte[] json = asStaff(() -> service.exportJson(submission.reference()));

        assertThat(validate(json)).isEmpty();
        JsonNode export = JSON.readTree(json);
        assertThat(export.path("anonymisiert").asBoolean()).isTrue();
        assertThat(export.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(export.has("fachkraft")).isFalse();
        assertThat(export.has("arbeitgeber")).isFalse();
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("Petrović");
    }

    @Test
    void the_schema_refuses_an_export_that_lacks_a_part_or_carries_an_unknown_field() {
        byte[] json = asStaff(() -> service.exportJson(answeredCase()));
        ObjectNode withoutCandidate = (ObjectNode) JSON.readTree(json);
        withoutCandidate.remove("fachkraft");
        ObjectNode withUnknownField = (ObjectNode) JSON.readTree(json);
        withUnknownField.put("geheim", "x");
        ObjectNode withBadPostcode = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) withBadPostcode.at("/arbeitgeber/anschrift")).put("postleitzahl", "3275");

        assertThat(validate(JSON.writeValueAsBytes(withoutCandidate))).isNotEmpty();
        assertThat(validate(JSON.writeValueAsBytes(withUnknownField))).isNotEmpty();
        assertThat(validate(JSON.writeValueAsBytes(withBadPostcode))).isNotEmpty();
    }

    @Test
    void the_schema_is_itself_valid_json_schema_2020_12() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(schemaText(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void the_schema_is_published_without_login() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();

        MvcResult result = mvc.perform(get("/api/v1/schemas/precheck-case-v1.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/schema+json"))
                .andReturn();

        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(schemaText());
    }

    @Test
    void the_pdf_summary_is_readable_in_the_staff_members_language_and_leaves_internal_notes_out() throws Exception {
        String reference = answeredCase();

        String german = text(asStaff(() -> service.summaryPdf(reference, Locale.GERMAN)));
        String english = text(asStaff(() -> service.summaryPdf(reference, Locale.ENGLISH)));

        assertThat(german).contains("Vorprüfung " + reference, "Status", "Beantwortet", "Arbeitgeber",
                "Tischlerei Beispiel", "Fachkraft", "Petrović", "Serbien (RS)", "Selbstcheck bei der Einreichung",
                "Empfohlener Weg", "Rechtsgrundlage", "Fachkraft mit Berufsausbildung (§ 18a AufenthG)", "ZAB Detmold",
                "Verlauf", "Rückfrage", "Liegt der Anerkennungsbescheid vor?", "Seite 1");
        assertThat(german.replaceAll("\\s+", " ")).contains(ANSWER);
        assertThat(german).doesNotContain(NOTE).doesNotContain("!precheck");
        assertThat(english).contains("Pre-check " + reference, "Answered", "Employer", "Candidate",
                "Serbia (RS)", "Timeline", "page 1").doesNotContain(NOTE).doesNotContain("!precheck");
        assertThat(auditActions(reference)).contains("precheck.exported-pdf");
    }

    @Test
    void street_and_house_number_are_split_as_fim_keeps_them() {
        assertThat(CaseExport.Anschrift.of("Lange Straße 1", "32756", "Detmold"))
                .isEqualTo(new CaseExport.Anschrift("Lange Straße", "1", "32756", "Detmold"));
        assertThat(CaseExport.Anschrift.of("Straße des 17. Juni 12 a", "10623", "Berlin"))
                .isEqualTo(new CaseExport.Anschrift("Straße des 17. Juni", "12 a", "10623", "Berlin"));
        assertThat(CaseExport.Anschrift.of("Hauptstr. 12-14", "32657", "Lemgo"))
                .isEqualTo(new CaseExport.Anschrift("Hauptstr.", "12-14", "32657", "Lemgo"));
        assertThat(CaseExport.Anschrift.of("Am Markt", "32657", "Lemgo"))
                .isEqualTo(new CaseExport.Anschrift("Am Markt", null, "32657", "Lemgo"));
    }

    @Test
    void every_code_staff_see_has_a_name_in_both_languages() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            CaseLabels labels = new CaseLabels((key, params) -> texts.getTranslation(key, locale, params), locale);
            List<String> names = new java.util.ArrayList<>();
            for (CaseStatus status : CaseStatus.values()) {
                names.add(labels.status(status));
            }
            for (CaseEntryKind kind : CaseEntryKind.values()) {
                names.add(labels.entryKind(kind));
            }
            for (QualificationKind kind : QualificationKind.values()) {
                names.add(labels.qualification(kind));
            }
            for (Recognition recognition : Recognition.values()) {
                names.add(labels.recognition(recognition));
            }
            for (ResidenceStatus status : ResidenceStatus.values()) {
                names.add(labels.residenceStatus(status));
            }
            for (GermanLevel level : GermanLevel.values()) {
                names.add(labels.germanLevel(level));
            }
            for (Pathway pathway : Pathway.values()) {
                names.add(labels.pathway(pathway));
            }
            names.add(labels.author(PrecheckService.EMPLOYER));
            names.add(labels.author(PrecheckService.SYSTEM));
            names.add(labels.text("precheck.staff.language.de"));
            names.add(labels.text("precheck.staff.language.en"));
            assertThat(names).as(locale.toString()).noneMatch(name -> name.startsWith("!"));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A case taken to ANSWERED, with a question, the employer's answer, an internal note and a document. */
    private String answeredCase() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null,
                List.of(new DocumentUpload("Zeugnis.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))),
                Locale.GERMAN);
        String reference = submission.reference();
        service.confirm(reference, token(submission));
        PrecheckViews.StaffCase c = asStaff(() -> service.open(reference));
        long v1 = c.version();
        c = asStaff(() -> service.assign(reference, v1, "caseworker"));
        long v2 = c.version();
        asStaff(() -> service.ask(reference, v2, "Liegt der Anerkennungsbescheid vor?", Locale.GERMAN));
        service.answerAsEmployer(reference, token(submission), "Ja, er liegt bei.", Locale.GERMAN);
        long v3 = asStaff(() -> service.open(reference)).version();
        c = asStaff(() -> service.note(reference, v3, NOTE, Locale.GERMAN));
        long v4 = c.version();
        asStaff(() -> service.answer(reference, v4, new PrecheckViews.Answer(Pathway.SKILLED_18A, ANSWER, "ZAB Detmold",
                "Arbeitsvertrag"), Locale.GERMAN));
        return reference;
    }

    private static String token(PrecheckViews.Submission submission) {
        String link = submission.caseLink().toString();
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private static String schemaText() {
        try (InputStream in = CaseExportTest.class.getClassLoader()
                .getResourceAsStream("precheck/schema/precheck-case-v1.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the schema is missing", e);
        }
    }

    private <T> T asStaff(Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("caseworker", "STAFF"), action);
    }

    private List<String> auditActions(String reference) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"),
                        () -> auditLog.newestFirst("precheck.", 0, 500)).stream()
                .filter(entry -> reference.equals(entry.target())).map(AuditEntry::action).toList();
    }
}
