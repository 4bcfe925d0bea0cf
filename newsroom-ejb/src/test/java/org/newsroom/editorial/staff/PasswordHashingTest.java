package org.newsroom.editorial.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void hashVerifiesTheRightPasswordOnly() {
        String stored = PasswordHashing.hash("correct horse".toCharArray());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:210000:"));
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
}
