package org.newsroom.editorial.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        ClientAddress none = new ClientAddress("");
        assertEquals("127.0.0.1", none.resolve("127.0.0.1", "203.0.113.7"));
        ClientAddress proxied = new ClientAddress("127.0.0.1, 10.0.0.0/8");
        assertEquals("203.0.113.7", proxied.resolve("127.0.0.1", "203.0.113.7"));
        assertEquals("192.0.2.44", proxied.resolve("192.0.2.44", "203.0.113.7"));
    }

    @Test
    void theRightmostUntrustedHopIsTheClientSoAForgedLeftEntryIsIgnored() {
        ClientAddress proxied = new ClientAddress("127.0.0.1,10.0.0.0/8");
        assertEquals("198.51.100.9", proxied.resolve("127.0.0.1", "1.2.3.4, 198.51.100.9, 10.1.2.3"));
        assertEquals("10.1.2.3", proxied.resolve("127.0.0.1", "not-an-address, 10.1.2.3"));
        assertEquals("2001:db8::1", proxied.resolve("127.0.0.1", "2001:db8::1"));
    }

    @Test
    void aHostNameIsNoTrustedProxy() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress("proxy.example.org"));
    }
}
