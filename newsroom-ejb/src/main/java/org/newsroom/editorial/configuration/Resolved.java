package org.newsroom.editorial.configuration;

/** A setting's value as found (null: none, the default applies) and where it was found. */
public record Resolved(String value, String origin) {
}
