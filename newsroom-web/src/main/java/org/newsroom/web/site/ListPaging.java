package org.newsroom.web.site;

/** The {@code ?page=N} of list URLs, counted from 1. Anything but a plain positive number is the reader's mistake. */
public final class ListPaging {

    public static final int PAGE_SIZE = 20;

    private ListPaging() {
    }

    public static int pageNumber(String raw) {
        if (raw == null || raw.isEmpty()) {
            return 1;
        }
        if (!raw.matches("[0-9]{1,6}")) {
            throw new MalformedInput("Not a page number");
        }
        int page = Integer.parseInt(raw);
        if (page < 1) {
            throw new MalformedInput("Pages count from 1");
        }
        return page;
    }
}
