package org.newsroom.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the staff API reads what it is sent, without a server: the enabled flag and the words for a body it cannot bind. */
class StrictInputTest {

    @Test
    void theEnabledFlagIsTrueOrFalseAndNothingElse() {
        assertEquals(Optional.of(true), StaffResource.jsonBoolean("true"));
        assertEquals(Optional.of(false), StaffResource.jsonBoolean(" false\n"));
        for (String body : new String[] {"\"maybe\"", "{}", "maybe", "0", "null", "", "[false]", "\"false\"", "true false", "[[[[", null}) {
            assertEquals(Optional.empty(), StaffResource.jsonBoolean(body), String.valueOf(body));
        }
    }

    @Test
    void anUnbindableBodyIsDescribedByItsPropertyNeverByTheReadersMessage() {
        String typed = FailureAsProblem.whyUnreadable(new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Unable to deserialize property 'sectionId' because of: Error parsing class java.lang.Long from value: abc")));
        assertTrue(typed.startsWith("The value of 'sectionId' has the wrong type or form"), typed);
        assertFalse(typed.contains("java.") || typed.contains("RESTEASY") || typed.contains("abc"), typed);

        String cut = FailureAsProblem.whyUnreadable(new ProcessingException("x", new JsonParsingException("Invalid token=EOF", null)));
        assertEquals("The body is not well-formed JSON (cut short, or nested too deeply)", cut);

        String shapeless = FailureAsProblem.whyUnreadable(new ProcessingException("Can't deserialize JSON array into: class org.x.Y"));
        assertTrue(shapeless.startsWith("The body does not have the form this address takes"), shapeless);
    }
}
