package org.newsroom.editorial.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash}
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}, Base64), made with the JDK's own
 * implementation, so the identity store can verify what this class stores.
 *
 * <p>New hashes take {@link #ITERATIONS} rounds (OWASP's figure for PBKDF2-HMAC-SHA256);
 * a stored hash with fewer still verifies, and {@link #needsUpgrade} tells the sign-in to
 * hash the password again while it has it in hand.
 */
public final class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Verified in place of an unknown user's hash, so an unknown name costs what a known one does. */
    private static final class Dummy {
        static final String HASH = hash("no account has this password".toCharArray());
    }

    private PasswordHashing() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, ITERATIONS, KEY_BITS));
    }

    public static boolean verify(char[] password, String stored) {
        String[] parts = parts(stored);
        if (parts.length != 4) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt = base64.decode(parts[2]);
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length * 8);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a real verification and refuses: the answer for a user name nobody has. */
    public static boolean verifyNobody(char[] password) {
        verify(password, Dummy.HASH);
        return false;
    }

    /** True when the stored hash was made with fewer rounds than new hashes get. */
    public static boolean needsUpgrade(String stored) {
        String[] parts = parts(stored);
        return parts.length == 4 && Integer.parseInt(parts[1]) < ITERATIONS;
    }

    private static String[] parts(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        return parts.length == 4 && ALGORITHM.equals(parts[0]) && parts[1].matches("\\d{1,9}") ? parts : new String[0];
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
