package org.newsroom.domain.staff;

/**
 * What a member of staff may do. Each role includes the powers of the ones before
 * it, so an EDITOR can do everything a WRITER can.
 */
public enum Role {
    WRITER,
    EDITOR,
    CHIEF_EDITOR,
    ADMIN;

    /** Role names as used in {@code @RolesAllowed}; constants so annotations can use them. */
    public static final String WRITER_NAME = "WRITER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String CHIEF_EDITOR_NAME = "CHIEF_EDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
