package de.welcomeportal.portal.precheck;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import de.welcomeportal.portal.selfcheck.SelfCheckResponse;

/**
 * The self-check result as the employer saw it at submission, stored with the case as JSON (German texts). A
 * snapshot written by an older version may lack fields or carry ones since removed; what can be read is shown.
 */
final class SelfCheckSnapshot {

    private static final Logger log = LoggerFactory.getLogger(SelfCheckSnapshot.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SelfCheckSnapshot() {
    }

    /** The stored result; empty when the case has none or it cannot be read (logged for the operator). */
    static Optional<SelfCheckResponse> read(@Nullable String snapshot, String reference) {
        if (snapshot == null || snapshot.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(snapshot, SelfCheckResponse.class));
        } catch (JacksonException e) {
            log.warn("The stored self-check of pre-check {} cannot be read: {}", reference, e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
