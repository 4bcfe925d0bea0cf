package org.newsroom.editorial.staff;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;

/**
 * What a staff password must be, and passwords the system makes up. Length matters most:
 * twelve characters with three kinds of character (lower case, upper case, digits, others),
 * or a passphrase of twenty characters or more; never the user name inside it, never a
 * handful of characters repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int PASSPHRASE_LENGTH = 20;
    private static final int MIN_DISTINCT = 6;
    private static final int GENERATED_LENGTH = 20;
    /** No look-alikes (0/O, 1/l/I): the password is read off a screen and typed once. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Why this password is too weak for this user, or empty when it is strong enough. */
    public static Optional<Refusal> weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Refusal.of(Reason.PASSWORD_TOO_SHORT, MIN_LENGTH));
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.of(Reason.PASSWORD_CONTAINS_USER_NAME));
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of(Refusal.of(Reason.PASSWORD_TOO_FEW_DISTINCT, MIN_DISTINCT));
        }
        if (password.length() < PASSPHRASE_LENGTH && kinds(password) < 3) {
            return Optional.of(Refusal.of(Reason.PASSWORD_TOO_PLAIN, PASSPHRASE_LENGTH));
        }
        return Optional.empty();
    }

    /** A new random password that meets the policy. */
    public static String generate() {
        while (true) {
            StringBuilder password = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (kinds(candidate) >= 3) {
                return candidate;
            }
        }
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
