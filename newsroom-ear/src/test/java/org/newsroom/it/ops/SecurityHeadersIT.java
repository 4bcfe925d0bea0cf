package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;

/** The headers ops/cli/install.cli puts on every response: reader pages, API, assets, errors and the console. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    /** HTTP/1.1 as browsers and nginx speak it to WildFly: no h2c upgrade on the first request. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private HttpHeaders headers(String path, int expectedStatus) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(expectedStatus, response.statusCode(), path);
        return response.headers();
    }

    @Test
    void readerPageAllowsOnlyOwnScriptsAndNoInlineScript() throws Exception {
        HttpHeaders headers = headers("/en/", 200);
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        String scripts = directive(policy, "script-src");
        assertEquals("script-src 'self'", scripts, policy);
        assertTrue(directive(policy, "frame-ancestors").equals("frame-ancestors 'self'"), policy);
        assertCommonHeaders(headers);
    }

    @Test
    void apiAndErrorPagesCarryTheSameHeaders() throws Exception {
        for (String path : new String[] {"/api/v1/breaking?edition=en"}) {
            HttpHeaders headers = headers(path, 200);
            assertTrue(headers.firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"), path);
            assertCommonHeaders(headers);
        }
        assertCommonHeaders(headers("/en/no-such-page-" + System.nanoTime(), 404));
    }

    @Test
    void consoleMayRunPrimeFacesScriptsButCannotBeFramedElsewhere() throws Exception {
        // The sign-in page: every other console page sends a stranger there first.
        HttpHeaders headers = headers("/admin/login.xhtml", 200);
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertEquals("", directive(policy, "script-src"), "PrimeFaces needs inline scripts: " + policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertEquals(1, headers.allValues("Content-Security-Policy").size(), "reader policy leaked onto the console");
        assertCommonHeaders(headers);
    }

    /**
     * Plain HTTP speaks HTTP/1.1 only (install.cli): an {@code Upgrade: h2c} is answered as the
     * HTTP/1.1 request it is, never with 101, so it cannot smuggle HTTP/2 past a proxy's rules.
     */
    @Test
    void plainHttpRefusesTheH2cUpgrade() throws Exception {
        URI base = URI.create(Deployments.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("GET /en/ HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 200 OK", statusLine, "an h2c upgrade was not answered as plain HTTP/1.1");
        }
    }

    @Test
    void noStrictTransportSecurityOverPlainHttp() throws Exception {
        assertTrue(headers("/en/", 200).firstValue("Strict-Transport-Security").isEmpty());
    }

    @Test
    void strictTransportSecurityOnHttps() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheServersOwnCertificate()).build();
        URI page = URI.create("https://localhost:" + (8443 + portOffset()) + "/en/");
        HttpResponse<Void> response = https.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode());
        assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(null));
        assertCommonHeaders(response.headers());
    }

    /** The test server's HTTPS listener uses the self-signed certificate WildFly makes on first use. */
    private static SSLContext trustingTheServersOwnCertificate() throws Exception {
        X509TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }

    private static int portOffset() {
        Matcher offset = Pattern.compile("-Djboss\\.socket\\.binding\\.port-offset=(\\d+)").matcher(System.getProperty("server.jvm.args", ""));
        return offset.find() ? Integer.parseInt(offset.group(1)) : 0;
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null));
        assertEquals("SAMEORIGIN", headers.firstValue("X-Frame-Options").orElse(null));
        assertFalse(headers.firstValue("Content-Security-Policy").orElseThrow().contains("'unsafe-eval'"));
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " ")).findFirst().orElse("");
    }
}
