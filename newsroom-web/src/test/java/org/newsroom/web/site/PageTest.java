package org.newsroom.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.edition.Edition;
import org.newsroom.web.address.PublicAddress;

class PageTest {

    private static final PublicAddress SITE = new PublicAddress("https://news.example");

    private final Page page = new Page(Edition.EN, "Title", null, "/en/", List.of(), List.of(), List.of(), homes(), Map.of(), SITE);

    private static Map<Edition, String> homes() {
        Map<Edition, String> homes = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            homes.put(edition, "/" + edition.code() + "/");
        }
        return homes;
    }

    @Test
    void machineReadableTimesCarryAtMostMilliseconds() {
        assertEquals("2026-12-02T11:47:07.345Z", page.iso(Instant.parse("2026-12-02T11:47:07.345103Z")));
        assertEquals("2026-12-02T11:47:07Z", page.iso(Instant.parse("2026-12-02T11:47:07.000999Z")));
    }

    @Test
    void editionHomesAreEachOthersAlternatesWithTheDefaultEditionAsXDefault() {
        assertEquals("https://news.example/en/", page.canonicalUrl());
        assertEquals(List.of(new Page.Alternate("en", "https://news.example/en/"), new Page.Alternate("ar", "https://news.example/ar/"),
                new Page.Alternate("es", "https://news.example/es/"), new Page.Alternate("x-default", "https://news.example/en/")),
                page.alternates());
    }

    @Test
    void aStoryListsOnlyTheEditionsThatTranslatedIt() {
        Map<Edition, String> links = homes();
        links.put(Edition.ES, "/es/noticias/el-puerto");
        Page spanishOnly = page.titled("The harbour", null, "/en/news/the-harbour").withEditionLinks(links);
        assertEquals(List.of(new Page.Alternate("en", "https://news.example/en/news/the-harbour"),
                new Page.Alternate("es", "https://news.example/es/noticias/el-puerto"),
                new Page.Alternate("x-default", "https://news.example/en/news/the-harbour")), spanishOnly.alternates());
        assertEquals(List.of(), page.titled("News", null, "/en/news/").alternates(), "a section of one edition has no alternates");
    }

    @Test
    void aTranslationPointsXDefaultAtTheDefaultEditionsStory() {
        Map<Edition, String> links = homes();
        links.put(Edition.EN, "/en/news/the-harbour");
        Page arabic = new Page(Edition.AR, "الميناء", null, "/ar/news/الميناء", List.of(), List.of(), List.of(), links, Map.of(), SITE);
        assertEquals(new Page.Alternate("x-default", "https://news.example/en/news/the-harbour"), arabic.alternates().get(2));
        assertEquals("ar", arabic.alternates().get(1).hreflang());
    }
}
