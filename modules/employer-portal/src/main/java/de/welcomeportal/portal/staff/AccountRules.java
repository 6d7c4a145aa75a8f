package de.welcomeportal.portal.staff;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules every account follows, shared by the service (which enforces them) and the forms (which explain them). */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final int MAX_DISPLAY_NAME_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    // No 0/O, 1/l/I: one-time passwords are read off a screen and typed in.
    private static final char[] PASSWORD_ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_+".toCharArray();
    private static final int GENERATED_PASSWORD_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountRules() {
    }

    static boolean isValidUsername(String username) {
        return USERNAME.matcher(username).matches();
    }

    static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isValidDisplayName(String displayName) {
        return !displayName.isBlank() && displayName.strip().length() <= MAX_DISPLAY_NAME_LENGTH;
    }

    static boolean isAcceptablePassword(String password, String username) {
        return password.length() >= MIN_PASSWORD_LENGTH && password.length() <= MAX_PASSWORD_LENGTH
                && !password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))
                && !password.isBlank();
    }

    /** About 118 bits of randomness: strong enough to be handed over once and changed at the first login. */
    static String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return password.toString();
    }
}
