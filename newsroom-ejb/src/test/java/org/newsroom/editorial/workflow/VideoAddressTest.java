package org.newsroom.editorial.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VideoAddressTest {

    @Test
    void acceptsAnHttpsAddressWithAHost() {
        assertTrue(VideoAddress.isAcceptable("https://video.example.org/watch/123?t=4"));
        assertTrue(VideoAddress.isAcceptable("HTTPS://video.example.org/x"));
    }

    @Test
    void refusesPlainHttpScriptsRelativeAndCredentialAddresses() {
        assertFalse(VideoAddress.isAcceptable("http://video.example.org/watch/123"));
        assertFalse(VideoAddress.isAcceptable("javascript:alert(1)"));
        assertFalse(VideoAddress.isAcceptable("/watch/123"));
        assertFalse(VideoAddress.isAcceptable("https:///nohost"));
        assertFalse(VideoAddress.isAcceptable("https://user:secret@video.example.org/"));
        assertFalse(VideoAddress.isAcceptable("https://video.example.org/a b"));
        assertFalse(VideoAddress.isAcceptable(""));
        assertFalse(VideoAddress.isAcceptable(null));
    }
}
