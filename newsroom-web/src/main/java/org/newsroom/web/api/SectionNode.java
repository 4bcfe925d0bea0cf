package org.newsroom.web.api;

import java.util.ArrayList;
import java.util.List;
import org.newsroom.editorial.catalog.SectionView;

/** A section with its subsections, as the API gives the tree; {@code path} is the URL path below the edition ({@code news/politics}). */
public record SectionNode(long id, String slug, String name, String path, List<SectionNode> subsections) {

    /** The tree of the read model's sections, which come in menu order: each top-level one followed by its subsections. */
    static List<SectionNode> tree(List<SectionView> sections) {
        List<SectionNode> tree = new ArrayList<>();
        for (SectionView top : sections) {
            if (top.isTopLevel()) {
                List<SectionNode> subs = sections.stream().filter(s -> top.slug().equals(s.parentSlug()))
                        .map(s -> new SectionNode(s.id(), s.slug(), s.name(), s.path(), List.of())).toList();
                tree.add(new SectionNode(top.id(), top.slug(), top.name(), top.path(), subs));
            }
        }
        return tree;
    }
}
