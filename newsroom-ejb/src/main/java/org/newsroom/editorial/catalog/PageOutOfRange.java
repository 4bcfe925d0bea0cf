package org.newsroom.editorial.catalog;

import jakarta.ejb.ApplicationException;

/** A list page number beyond the last page (or below the first); the reader site answers 404. */
@ApplicationException
public class PageOutOfRange extends RuntimeException {

    public PageOutOfRange(int page, int pageCount) {
        super("Page " + page + " of " + pageCount);
    }
}
