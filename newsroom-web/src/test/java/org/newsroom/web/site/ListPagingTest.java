package org.newsroom.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ListPagingTest {

    @Test
    void missingPageMeansTheFirst() {
        assertEquals(1, ListPaging.pageNumber(null));
        assertEquals(1, ListPaging.pageNumber(""));
        assertEquals(7, ListPaging.pageNumber("7"));
    }

    @Test
    void anythingButAPositiveNumberIsABadRequest() {
        for (String bad : new String[] {"0", "-1", "abc", "1e3", "99999999999", " 2"}) {
            assertThrows(MalformedInput.class, () -> ListPaging.pageNumber(bad), bad);
        }
    }
}
