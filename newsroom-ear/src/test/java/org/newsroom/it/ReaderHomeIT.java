package org.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;

/** The real EAR over HTTP: the home page lists demo stories, the console answers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReaderHomeIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootSendsReadersToTheDefaultEdition() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/en/"));
    }

    @Test
    void homePageListsTheLatestDemoStories() throws Exception {
        HttpResponse<String> response = get("/en/");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("main a[href^=/en/]").size() >= 20, "too few stories on the home page");
    }

    @Test
    void arabicHomeIsRightToLeft() throws Exception {
        Document page = Jsoup.parse(get("/ar/").body());
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
    }

    @Test
    void consoleSendsStrangersToItsPrimeFacesSignInPage() throws Exception {
        HttpResponse<String> response = get("/admin/");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/admin/login.xhtml"),
                response.headers().toString());
        HttpResponse<String> signIn = get("/admin/login.xhtml");
        assertEquals(200, signIn.statusCode());
        assertTrue(signIn.body().contains("primefaces"), "no PrimeFaces resources on the sign-in page");
        assertTrue(signIn.body().contains("signIn:password"), "no sign-in form");
    }
}
