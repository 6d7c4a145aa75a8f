package de.welcomeportal.portal.guidance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns the {@code /figures} nodes of the content into {@link Figure}s. A value that does not fit its figure's
 * kind (an amount written as "50.700,00", a country as "Kosovo") is reported with its path and left out, so a
 * typo never becomes a wrong threshold.
 */
final class FigureReader {

    static final String FIGURES_PATH = "/figures";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern OCCUPATION = Pattern.compile("[0-9]{1,4}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,2})?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

    private FigureReader() {
    }

    static List<Figure> read(ContentNode folder, String fileName, Consumer<String> problems) {
        List<Figure> figures = new ArrayList<>();
        for (ContentNode node : folder.children()) {
            String where = fileName + ": " + node.path();
            Figure.Kind kind = kind(node, where, problems);
            if (kind == null) {
                continue;
            }
            List<Figure.DatedValue> values = new ArrayList<>();
            for (ContentNode valueNode : node.children()) {
                Figure.DatedValue value = datedValue(valueNode, kind, fileName + ": " + valueNode.path(), problems);
                if (value != null) {
                    values.add(value);
                }
            }
            values.sort(Comparator.comparing(Figure.DatedValue::validFrom));
            figures.add(new Figure(node.name(), kind, node.property("norm").orElse(""),
                    node.property("title").orElse(node.name()), node.property("title_de").orElse(node.name()),
                    values));
        }
        return figures;
    }

    private static Figure.@Nullable Kind kind(ContentNode node, String where, Consumer<String> problems) {
        String kind = node.property("kind").orElse("");
        try {
            return Figure.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.accept(where + ": unknown figure kind '" + kind + "' (amount, count, countries, occupations)");
            return null;
        }
    }

    private static Figure.@Nullable DatedValue datedValue(ContentNode node, Figure.Kind kind, String where,
                                                         Consumer<String> problems) {
        LocalDate validFrom;
        LocalDate validUntil;
        try {
            validFrom = node.property("validFrom").map(FigureReader::date).orElse(null);
            validUntil = node.property("validUntil").map(FigureReader::date).orElse(null);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            problems.accept(where + ": validFrom/validUntil must be dates such as 2026-01-01T00:00:00.000+01:00");
            return null;
        }
        if (validFrom == null) {
            problems.accept(where + ": a value needs validFrom");
            return null;
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            problems.accept(where + ": validUntil " + validUntil + " is before validFrom " + validFrom);
            return null;
        }
        List<String> values = node.properties().getOrDefault("value", List.of()).stream().map(String::strip).toList();
        Pattern format = switch (kind) {
            case AMOUNT -> AMOUNT;
            case COUNT -> COUNT;
            case COUNTRIES -> COUNTRY;
            case OCCUPATIONS -> OCCUPATION;
        };
        boolean single = kind == Figure.Kind.AMOUNT || kind == Figure.Kind.COUNT;
        if (values.isEmpty() || (single && values.size() != 1)) {
            problems.accept(where + ": " + (single ? "exactly one value" : "at least one value") + " expected");
            return null;
        }
        for (String value : values) {
            if (!format.matcher(value).matches()) {
                problems.accept(where + ": '" + value + "' is not a valid " + kind.name().toLowerCase(Locale.ROOT)
                        + " value" + (kind == Figure.Kind.AMOUNT ? " (write euros as 50700.00)" : ""));
                return null;
            }
        }
        return new Figure.DatedValue(validFrom, validUntil, values, node.property("source").orElse(""));
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value.substring(0, 10));
    }
}
