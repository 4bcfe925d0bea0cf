package org.newsroom.editorial.published;

import java.util.List;

/** A section with its subsections; {@code path} is the URL path below the edition ({@code news/politics}). */
public record SectionNode(long id, String slug, String name, String path, List<SectionNode> subsections) {
}
