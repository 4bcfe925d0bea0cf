package org.newsroom.editorial.bodyhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    @Test
    void keepsHeadingsParagraphsListsLinksQuotesAndImages() {
        String html = "<h2>Title</h2><p>One <strong>two</strong></p><ul><li>a</li></ul><ol><li>b</li></ol>"
                + "<blockquote>quoted</blockquote><p><a href=\"https://example.org/x\">link</a></p>"
                + "<p><img src=\"/media/12/640\" alt=\"A picture\"></p>";
        String clean = BodySanitizer.clean(html);
        for (String kept : new String[] {"<h2>Title</h2>", "<strong>two</strong>", "<ul><li>a</li></ul>", "<ol><li>b</li></ol>",
                "<blockquote>quoted</blockquote>", "href=\"https://example.org/x\"", "src=\"/media/12/640\"", "alt=\"A picture\""}) {
            assertTrue(clean.contains(kept), kept + " kept in " + clean);
        }
    }

    @Test
    void dropsScriptsEventHandlersJavascriptUrlsAndStyles() {
        String clean = BodySanitizer.clean("<p style=\"color:red\" onclick=\"steal()\">Text</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">x</a><img src=\"x.png\" onerror=\"alert(3)\"><iframe src=\"https://evil\"></iframe>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("alert"), clean);
        assertFalse(clean.contains("style"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("iframe"), clean);
        assertTrue(clean.contains("<p>Text</p>"), clean);
    }

    @Test
    void keepsOnlyMediaLibraryImages() {
        String clean = BodySanitizer.clean("<p><img src=\"https://tracker.example/pixel.gif\" alt=\"t\">"
                + "<img src=\"/media/7/640\" alt=\"ours\"><img src=\"/static/x.png\"><img src=\"data:image/png;base64,AAAA\"></p>");
        assertEquals("<p><img src=\"/media/7/640\" alt=\"ours\"></p>", clean);
    }

    @Test
    void libraryImagesCarryTheLibrarysAltTextAndUndescribedOnesGo() {
        BodyImages library = id -> id == 7 ? java.util.Optional.of("Boats in the harbour") : java.util.Optional.empty();
        String clean = BodySanitizer.clean("<p>Before</p><p><img src=\"/media/7/1024\" alt=\"whatever was typed\"></p>"
                + "<p><img src=\"/media/8/640\" alt=\"not described yet\"></p>", library);
        assertEquals("<p>Before</p><p><img src=\"/media/7/1024\" alt=\"Boats in the harbour\"></p><p></p>", clean);
    }

    @Test
    void nullStaysNull() {
        assertNull(BodySanitizer.clean(null));
        assertEquals("", BodySanitizer.clean(""));
    }
}
