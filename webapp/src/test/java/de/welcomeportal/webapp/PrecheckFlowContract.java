package de.welcomeportal.webapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.welcomeportal.portal.precheck.CaseStatus;
import de.welcomeportal.portal.precheck.PrecheckService;
import de.welcomeportal.portal.precheck.PrecheckViews;
import de.welcomeportal.portal.selfcheck.rules.Pathway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-check from end to end on a real database and a real SMTP server: submitted through the API, confirmed
 * through the link in the mail, found in the staff queue, asked back on, answered by the employer through the case
 * link, answered by the Welcome-Center and closed. Every supported database runs it.
 */
abstract class PrecheckFlowContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("https?://\\S+/my-case/(WC-\\d{4}-\\d{6})\\?token=([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("portal.mail.from", () -> "welcome-center@kreis-lippe.example");
        registry.add("portal.api.requests-per-window", () -> "100000");
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    PrecheckService prechecks;
    @Autowired
    ApplicationContext context;

    @Test
    void submit_confirm_review_ask_answer_and_close() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        HttpResponse<String> created = send("POST", "/api/v1/prechecks", PrecheckApiHttpTest.validApplication().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = JSON.readTree(created.body()).get("reference").asString();

        MimeMessage confirmation = nextMail();
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("personal@tischlerei-beispiel.de");
        assertThat(confirmation.getSubject()).contains(reference);
        Matcher link = LINK.matcher(text(confirmation));
        assertThat(link.find()).as("the mail carries the case link").isTrue();
        assertThat(link.group(1)).isEqualTo(reference);
        String token = link.group(2);
        assertThat(queue()).as("not before the address is confirmed").doesNotContain(reference);

        HttpResponse<String> confirmed = send("POST", "/api/v1/prechecks/" + reference + "/confirmation?token=" + token, "");
        assertThat(JSON.readTree(confirmed.body()).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(nextMail().getSubject()).contains(reference);
        assertThat(queue()).contains(reference);

        PrecheckViews.StaffCase staffCase = asStaff(() -> prechecks.open(reference));
        long version = staffCase.version();
        staffCase = asStaff(() -> prechecks.assign(reference, version, "caseworker"));
        long afterAssign = staffCase.version();
        staffCase = asStaff(() -> prechecks.ask(reference, afterAssign, "Liegt der Anerkennungsbescheid vor?", Locale.GERMAN));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.WAITING_FOR_EMPLOYER);
        MimeMessage question = nextMail();
        assertThat(question.getSubject()).contains(reference);
        assertThat(text(question)).doesNotContain("Anerkennungsbescheid")
                .as("the question itself is read under My case, not in the mail");

        JsonNode employerSide = JSON.readTree(send("GET", "/api/v1/prechecks/" + reference + "?token=" + token, null).body());
        assertThat(employerSide.get("status").asString()).isEqualTo("WAITING_FOR_EMPLOYER");
        assertThat(employerSide.get("timeline").toString()).contains("Liegt der Anerkennungsbescheid vor?");
        HttpResponse<String> answered = send("POST", "/api/v1/prechecks/" + reference + "/answers?token=" + token,
                "{\"text\": \"Ja, der Bescheid der HWK liegt bei.\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(JSON.readTree(answered.body()).get("status").asString()).isEqualTo("IN_REVIEW");

        staffCase = asStaff(() -> prechecks.open(reference));
        long beforeAnswer = staffCase.version();
        staffCase = asStaff(() -> prechecks.answer(reference, beforeAnswer, new PrecheckViews.Answer(Pathway.SKILLED_18A,
                "§ 18a AufenthG passt; das beschleunigte Fachkräfteverfahren bei der ZFE NRW lohnt sich.", "ZFE NRW",
                "Arbeitsvertrag"), Locale.GERMAN));
        assertThat(nextMail().getSubject()).contains(reference);
        long beforeClose = staffCase.version();
        staffCase = asStaff(() -> prechecks.close(reference, beforeClose));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.CLOSED);

        JsonNode finalView = JSON.readTree(send("GET", "/api/v1/prechecks/" + reference + "?token=" + token, null).body());
        assertThat(finalView.get("status").asString()).isEqualTo("CLOSED");
        assertThat(finalView.at("/answer/pathway").asString()).isEqualTo("SKILLED_18A");
    }

    /** The decoded text of a plain-text mail (the raw body is quoted-printable). */
    private static String text(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }

    /** The one mail that arrives next; the mailbox is emptied after each, so "next" is always the first. */
    private MimeMessage nextMail() throws Exception {
        assertThat(SMTP.waitForIncomingEmail(15_000, 1)).as("a mail arrives").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        MimeMessage latest = received[received.length - 1];
        SMTP.purgeEmailFromAllMailboxes();
        return latest;
    }

    private List<String> queue() {
        return asStaff(() -> prechecks.queue(PrecheckViews.QueueFilter.all(), 0, 1000, Sort.unsorted())).stream()
                .map(PrecheckViews.QueueEntry::reference).toList();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> T asStaff(Supplier<T> action) {
        SecurityContext securityContext = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy).getContext();
        Authentication before = securityContext.getAuthentication();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("caseworker", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        try {
            return action.get();
        } finally {
            securityContext.setAuthentication(before);
        }
    }
}
