package org.newsroom.web.api;

import org.newsroom.editorial.catalog.AuthorView;
import org.newsroom.editorial.catalog.TermView;

/** A region, tag, coverage or author as the API names it: the read model's term without its description or bio. */
public record TermRef(long id, String slug, String name) {

    static TermRef of(TermView term) {
        return new TermRef(term.id(), term.slug(), term.name());
    }

    static TermRef of(AuthorView author) {
        return new TermRef(author.id(), author.slug(), author.name());
    }
}
