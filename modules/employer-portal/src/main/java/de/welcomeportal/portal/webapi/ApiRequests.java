package de.welcomeportal.portal.webapi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import com.vaadin.flow.i18n.I18NProvider;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads the body of a public API request strictly and validates it, so that a client learns about every mistake
 * at once, each at its field and in its language: unknown fields, wrong types, malformed JSON and constraint
 * violations all become {@link InvalidRequestException}s; nothing half-read goes further.
 */
@Component
public class ApiRequests {

    /** Key prefix of constraint messages that name a portal text, e.g. {@code {selfcheck.validation.isco}}. */
    private static final String OWN_MESSAGE = "{";

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // a number or true where text is expected is a client error, not a value to be turned into "12345"
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private final Validator validator;
    private final I18NProvider texts;
    private final ApiProperties properties;

    ApiRequests(Validator validator, I18NProvider texts, ApiProperties properties) {
        this.validator = validator;
        this.texts = texts;
        this.properties = properties;
    }

    /**
     * Reads the body of a request (at most {@code portal.api.max-body-bytes}), parses and validates it.
     *
     * @throws InvalidRequestException listing every problem found
     * @throws BodyTooLargeException   when the body is longer than allowed
     * @throws UnsupportedMediaTypeException when the body is not declared as JSON
     */
    public <T> T read(HttpServletRequest request, Class<T> type) throws IOException {
        requireJson(request.getContentType());
        return read(body(request), type, ApiLocales.of(request));
    }

    /**
     * Request bodies are JSON. Checked here rather than with {@code consumes} on the mapping, which would let other
     * content types fall through to the "unknown path" answer (404) instead of 415.
     */
    private static void requireJson(@Nullable String contentType) {
        if (contentType == null) {
            throw new UnsupportedMediaTypeException();
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (!type.isCompatibleWith(MediaType.APPLICATION_JSON) && !"json".equals(type.getSubtypeSuffix())) {
                throw new UnsupportedMediaTypeException();
            }
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedMediaTypeException();
        }
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(properties.maxBodyBytes() + 1);
            if (body.length > properties.maxBodyBytes()) {
                throw new BodyTooLargeException(properties.maxBodyBytes());
            }
            return body;
        }
    }

    /**
     * Parses and validates a request body.
     *
     * @throws InvalidRequestException listing every problem found
     */
    public <T> T read(byte @Nullable [] body, Class<T> type, Locale locale) {
        if (isBlank(body)) {
            throw new InvalidRequestException(List.of(new FieldProblem("", "MissingBody",
                    texts.getTranslation("webapi.json.missing-body", locale))));
        }
        T value;
        try {
            value = STRICT.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw invalid(path(e), "UnknownField", texts.getTranslation("webapi.json.unknown-field", locale,
                    e.getPropertyName(), String.join(", ", knownNames(e.getKnownPropertyIds()))));
        } catch (MismatchedInputException e) {
            throw invalid(path(e), "WrongType", texts.getTranslation("webapi.json.wrong-type", locale,
                    expected(e.getTargetType(), locale)));
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw invalid("", "MalformedJson", texts.getTranslation("webapi.json.malformed", locale, line, column));
        } catch (JacksonException e) {
            throw invalid(path(e), "Unreadable", texts.getTranslation("webapi.json.unreadable", locale));
        }
        if (value == null) {
            throw invalid("", "MissingBody", texts.getTranslation("webapi.json.missing-body", locale));
        }
        validate(value, locale);
        return value;
    }

    /** Validates an object with Hibernate Validator and reports every violation at its field. */
    public void validate(Object value, Locale locale) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream()
                    .map(violation -> new FieldProblem(path(violation.getPropertyPath()), code(violation),
                            message(violation, locale)))
                    .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code))
                    .toList());
        }
    }

    private String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith(OWN_MESSAGE) && template.endsWith("}") && !template.startsWith("{jakarta.")
                && !template.startsWith("{org.hibernate.")) {
            return texts.getTranslation(template.substring(1, template.length() - 1), locale);
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String code = code(violation);
        return switch (code) {
            case "Min", "Max", "DecimalMin", "DecimalMax" ->
                    texts.getTranslation("webapi.constraint." + code, locale, attributes.get("value"));
            case "Size" -> texts.getTranslation("webapi.constraint.Size", locale, attributes.get("min"),
                    attributes.get("max"));
            case "Digits" -> texts.getTranslation("webapi.constraint.Digits", locale, attributes.get("integer"),
                    attributes.get("fraction"));
            case "NotNull", "NotEmpty", "NotBlank", "Pattern", "Positive", "PositiveOrZero", "Email", "Past",
                 "PastOrPresent", "Future", "FutureOrPresent", "AssertTrue", "AssertFalse" ->
                    texts.getTranslation("webapi.constraint." + code, locale);
            default -> texts.getTranslation("webapi.constraint.Invalid", locale);
        };
    }

    private static String code(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type.getSimpleName();
    }

    /** {@code candidate.citizenships[0]} for Hibernate Validator's {@code candidate.citizenships[0].<list element>}. */
    static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                text.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                text.append(text.isEmpty() ? "" : ".").append(name);
            }
        }
        return text.toString();
    }

    private static String path(JacksonException e) {
        StringBuilder text = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                text.append(text.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    private String expected(@Nullable Class<?> type, Locale locale) {
        if (type == null) {
            return texts.getTranslation("webapi.type.value", locale);
        }
        if (type.isEnum()) {
            return texts.getTranslation("webapi.type.one-of", locale, Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        String kind;
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            kind = "whole-number";
        } else if (type == BigDecimal.class || type == Double.class || type == double.class) {
            kind = "number";
        } else if (type == Boolean.class || type == boolean.class) {
            kind = "boolean";
        } else if (type == LocalDate.class) {
            kind = "date";
        } else if (type == String.class) {
            kind = "text";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            kind = "list";
        } else {
            kind = "object";
        }
        return texts.getTranslation("webapi.type." + kind, locale);
    }

    private static List<String> knownNames(@Nullable Collection<Object> known) {
        List<String> names = new ArrayList<>();
        if (known != null) {
            known.forEach(name -> names.add(String.valueOf(name)));
        }
        names.sort(null);
        return names;
    }

    private static boolean isBlank(byte @Nullable [] body) {
        if (body != null) {
            for (byte b : body) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return false;
                }
            }
        }
        return true;
    }

    private static InvalidRequestException invalid(String field, String code, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, code, message)));
    }
}
