package org.newsroom.editorial.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesShortPasswords() {
        assertEquals("A password needs at least 12 characters", PasswordPolicy.weakness("Ab3$short", "maria").orElseThrow().english());
    }

    @Test
    void refusesThePasswordThatContainsTheUserName() {
        assertTrue(PasswordPolicy.weakness("Maria.Lopez-2026!", "maria.lopez").orElseThrow().english().contains("user name"));
    }

    @Test
    void refusesFewDistinctCharacters() {
        assertTrue(PasswordPolicy.weakness("aaaaaaaaAAAA1111", "maria").orElseThrow().english().contains("different characters"));
    }

    @Test
    void refusesOneKindOfCharacterUnlessItIsALongPassphrase() {
        assertTrue(PasswordPolicy.weakness("longlowercaseonly", "maria").orElseThrow().english().contains("three of"));
        assertTrue(PasswordPolicy.weakness("the river bends at dawn", "maria").isEmpty());
    }

    @Test
    void acceptsTwelveMixedCharacters() {
        assertTrue(PasswordPolicy.weakness("Tide-pool-42", "maria").isEmpty());
    }

    @Test
    void generatedPasswordsMeetThePolicyAndDiffer() {
        for (int i = 0; i < 200; i++) {
            String generated = PasswordPolicy.generate();
            assertTrue(PasswordPolicy.weakness(generated, "maria").isEmpty(), generated);
        }
        assertNotEquals(PasswordPolicy.generate(), PasswordPolicy.generate());
    }
}
