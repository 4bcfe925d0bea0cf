package org.newsroom.editorial.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void hashVerifiesTheRightPasswordOnly() {
        String stored = PasswordHashing.hash("correct horse".toCharArray());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"));
        assertTrue(PasswordHashing.verify("correct horse".toCharArray(), stored));
        assertFalse(PasswordHashing.verify("correct horsE".toCharArray(), stored));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(PasswordHashing.hash("x".toCharArray()), PasswordHashing.hash("x".toCharArray()));
    }

    @Test
    void malformedStoredValueNeverVerifies() {
        assertFalse(PasswordHashing.verify("x".toCharArray(), null));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHashing.verify("x".toCharArray(), "MD5:1:AA==:AA=="));
    }

    @Test
    void newHashesUseOwaspRoundsAndOlderOnesStillVerifyButAskForAnUpgrade() {
        String fresh = PasswordHashing.hash("correct horse".toCharArray());
        assertTrue(fresh.startsWith("PBKDF2WithHmacSHA256:600000:"), fresh);
        assertFalse(PasswordHashing.needsUpgrade(fresh));
        // made by the former PasswordHashing (210,000 rounds) for the password "correct horse"
        String older = olderHash("correct horse", 210_000);
        assertTrue(PasswordHashing.verify("correct horse".toCharArray(), older));
        assertTrue(PasswordHashing.needsUpgrade(older));
        assertFalse(PasswordHashing.needsUpgrade("plain-text"));
    }

    @Test
    void nobodysPasswordIsRefused() {
        assertFalse(PasswordHashing.verifyNobody("anything".toCharArray()));
    }

    private static String olderHash(String password, int rounds) {
        try {
            byte[] salt = new byte[32];
            java.util.Arrays.fill(salt, (byte) 7);
            byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, rounds, 256)).getEncoded();
            java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:" + rounds + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
