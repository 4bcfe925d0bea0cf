package org.newsroom.editorial.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.staff.Role;

class StaffSignInTest {

    @Test
    void anEditorIsGrantedWriterToo() {
        assertEquals(Set.of("WRITER", "EDITOR"), StaffSignIn.withIncludedRoles(EnumSet.of(Role.EDITOR)));
    }

    @Test
    void aWriterIsGrantedOnlyWriter() {
        assertEquals(Set.of("WRITER"), StaffSignIn.withIncludedRoles(EnumSet.of(Role.WRITER)));
    }

    @Test
    void aChiefEditorIsNotAnAdministrator() {
        assertEquals(Set.of("WRITER", "EDITOR", "CHIEF_EDITOR"), StaffSignIn.withIncludedRoles(EnumSet.of(Role.CHIEF_EDITOR)));
    }
}
