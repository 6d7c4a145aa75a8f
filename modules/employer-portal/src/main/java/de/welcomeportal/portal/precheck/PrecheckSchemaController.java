package de.welcomeportal.portal.precheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the JSON Schema of the case export, so receiving systems can validate what staff hand them. A schema
 * version never changes once published (beyond added optional fields and corrected descriptions); a new version
 * is served beside it.
 */
@RestController
@Tag(name = "Schemas", description = "JSON Schemas of the portal's exports")
class PrecheckSchemaController {

    static final String PATH = "/api/v1/schemas/precheck-case-v1.json";
    static final String RESOURCE = "precheck/schema/precheck-case-v1.schema.json";
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    private final byte[] schema = read();

    @GetMapping(PATH)
    @Operation(summary = "JSON Schema (2020-12) of the pre-check case export, version 1",
            description = "The export staff download from a case; field names follow the FIM data fields where "
                    + "they exist.")
    @ApiResponse(responseCode = "200", description = "The schema")
    ResponseEntity<byte[]> schema() {
        return ResponseEntity.ok()
                .contentType(SCHEMA_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(schema);
    }

    static byte[] read() {
        try (InputStream in = PrecheckSchemaController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
