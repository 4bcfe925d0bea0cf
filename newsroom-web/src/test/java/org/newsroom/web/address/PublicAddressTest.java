package org.newsroom.web.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    private final PublicAddress site = new PublicAddress("https://news.example");

    @Test
    void arabicSlugsBecomePercentEncodedUrls() throws Exception {
        String url = site.absolute("/ar/news/مجلس-المدينة");
        assertEquals("https://news.example" + new URI(null, null, "/ar/news/مجلس-المدينة", null).toASCIIString(), url);
        assertEquals("/ar/news/مجلس-المدينة", URI.create(url).getPath());
    }

    @Test
    void asciiPathsAndQueriesAreLeftAlone() {
        assertEquals("https://news.example/api/v1/articles?edition=en&page=1",
                site.absolute("/api/v1/articles?edition=en&page=1"));
    }
}
