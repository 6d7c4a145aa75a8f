package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads a request of the self-check JSON contract into the engine's input, applying the contract's defaults for
 * missing fields. Test-only: the REST layer has its own mapping with validation.
 */
final class CaseJson {

    private CaseJson() {
    }

    static SelfCheckCase read(JsonNode request) {
        JsonNode candidate = request.path("candidate");
        JsonNode job = request.path("job");
        return new SelfCheckCase(LocalDate.parse(request.path("decisionDate").asString()), candidate(candidate),
                job(job));
    }

    private static Candidate candidate(JsonNode node) {
        List<String> citizenships = new ArrayList<>();
        for (JsonNode code : node.path("citizenships")) {
            citizenships.add(code.asString());
        }
        JsonNode qualification = node.path("qualification");
        JsonNode experience = node.path("experience");
        JsonNode inGermany = node.path("inGermany");
        return new Candidate(citizenships, node.path("age").asInt(),
                Location.valueOf(node.path("location").asString()),
                GermanLevel.valueOf(text(node, "germanLevel", "NONE")),
                node.path("adequatePensionProvision").asBoolean(false),
                present(inGermany) ? inGermany(inGermany) : null,
                new Qualification(
                        QualificationKind.valueOf(text(qualification, "kind", "NONE")),
                        integerOrNull(qualification.path("trainingYears")),
                        Recognition.valueOf(text(qualification, "recognition", "NOT_ASSESSED")),
                        qualification.path("stateRecognisedAbroad").asBoolean(false),
                        qualification.path("confirmedByGermanBody").asBoolean(false),
                        dateOrNull(qualification.path("awardedOn")),
                        qualification.path("professionalLicence").asBoolean(false)),
                new Experience(experience.path("relevantYearsInLast5").asInt(0),
                        experience.path("itYearsInLast7").asInt(0)));
    }

    private static InGermany inGermany(JsonNode node) {
        JsonNode pathway = node.path("currentTitlePathway");
        return new InGermany(ResidenceStatus.valueOf(node.path("status").asString()),
                node.path("monthsOfStay").asInt(0),
                node.path("livesInReceptionFacility").asBoolean(false),
                node.path("monthsInsuredEmployment").asInt(0),
                dateOrNull(node.path("asylumAppliedOn")),
                node.path("asylumRejected").asBoolean(false),
                node.path("receivedAsylumBenefitsLast24Months").asBoolean(false),
                node.path("tolerationEmploymentRequirementsMet").asBoolean(false),
                present(pathway) ? Pathway.valueOf(pathway.asString()) : null);
    }

    private static Job job(JsonNode node) {
        JsonNode partnership = node.path("recognitionPartnership");
        JsonNode hours = node.path("weeklyHours");
        JsonNode isco = node.path("isco");
        return new Job(
                JobKind.valueOf(text(node, "kind", "EMPLOYMENT")),
                present(isco) ? isco.asString() : null,
                node.path("qualified").asBoolean(false),
                node.path("regulatedProfession").asBoolean(false),
                node.path("healthOrCareJob").asBoolean(false),
                node.path("grossAnnualSalary").decimalValue(),
                present(hours) ? hours.decimalValue() : Job.DEFAULT_WEEKLY_HOURS,
                integerOrNull(node.path("contractMonths")),
                node.path("temporaryAgencyWork").asBoolean(false),
                node.path("collectiveAgreement").asBoolean(false),
                node.path("employerPaysTravelCosts").asBoolean(false),
                node.path("recruitedByPrivateAgency").asBoolean(false),
                new RecognitionPartnership(partnership.path("agreementSigned").asBoolean(false),
                        partnership.path("employerSuitableForTraining").asBoolean(false)));
    }

    private static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull();
    }

    private static String text(JsonNode parent, String field, String fallback) {
        JsonNode node = parent.path(field);
        return present(node) ? node.asString() : fallback;
    }

    private static @Nullable Integer integerOrNull(JsonNode node) {
        return present(node) ? node.asInt() : null;
    }

    private static @Nullable LocalDate dateOrNull(JsonNode node) {
        return present(node) ? LocalDate.parse(node.asString()) : null;
    }

}
