package de.welcomeportal.portal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text meant for visitors that is written into Java UI code instead of the message bundles: string
 * literals with letters handed to text-setting calls and text-bearing component constructors.
 */
final class UserVisibleText {

    private static final String TEXT_LITERAL = "\"(?=[^\"]*\\p{L})[^\"]*\"";
    private static final Pattern HARD_CODED = Pattern.compile(
            "(?:\\.(?:setText|setLabel|setTitle|setHeaderTitle|setPlaceholder|setHelperText|setAriaLabel"
                    + "|setErrorMessage|setTooltipText|setHeader|add|show)"
                    + "|new\\s+(?:Span|Button|H[1-6]|Paragraph|Div|NativeLabel|Text|Checkbox|TextField|TextArea"
                    + "|PasswordField|EmailField|IntegerField|NumberField|DatePicker|ComboBox|Select|CheckboxGroup"
                    + "|RadioButtonGroup|Tab|Details|ListItem|Emphasis|Strong|Notification|RouterLink))"
                    + "\\(\\s*" + TEXT_LITERAL
                    + "|new\\s+Anchor\\([^,()]+,\\s*" + TEXT_LITERAL
                    + "|Notification\\.show\\(\\s*" + TEXT_LITERAL);
    private static final Pattern TRANSLATION_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");

    private UserVisibleText() {
    }

    /** Lines (1-based, with their text) that put a hard-coded text on the screen. */
    static List<String> hardCoded(String javaSource) {
        List<String> found = new ArrayList<>();
        String[] lines = javaSource.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            if (HARD_CODED.matcher(line).find()) {
                found.add((i + 1) + ": " + line);
            }
        }
        return found;
    }

    /** The literal translation keys the source asks for. */
    static List<String> translationKeys(String javaSource) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = TRANSLATION_KEY.matcher(javaSource);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
