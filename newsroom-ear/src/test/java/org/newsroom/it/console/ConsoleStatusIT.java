package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.ConsoleWords;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * The console's pages over plain HTTP, for the status codes a browser hides: a form posted with
 * a view state the server does not know goes back to sign in, or when signed in to the same page
 * (a redirect, then 200 with a note),
 * never a 500 that looks like a page; an editor address typed in asks "Open this story?" with 200,
 * or says there is no such story with 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleStatusIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One browser's worth of HTTP: its own cookies, redirects seen rather than followed. */
    private static final class Visitor {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        /** The browser's {@code Accept-Language}. */
        final String languages;

        Visitor() {
            this("en");
        }

        Visitor(String languages) {
            this.languages = languages;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).header("Accept-Language", languages).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", languages)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The sign-in form as the page rendered it, filled in. */
        Map<String, String> signInForm(String username, String password) throws Exception {
            HttpResponse<String> page = get("/admin/login.xhtml");
            assertEquals(200, page.statusCode(), page.body());
            Element form = Jsoup.parse(page.body()).getElementById("signIn");
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
            fields.put("signIn:username", username);
            fields.put("signIn:password", password);
            fields.put("signIn:submit", "");
            return fields;
        }

        void signIn(String username) throws Exception {
            HttpResponse<String> signedIn = post("/admin/login.xhtml", signInForm(username, StaffApi.PASSWORD));
            assertEquals(302, signedIn.statusCode(), signedIn.body());
        }
    }

    @Test
    void aForgedViewStateOnTheSignInFormGoesBackToSignInWithANote() throws Exception {
        String writer = StaffApi.createAccount("status-signin", "WRITER");
        Visitor visitor = new Visitor();
        for (String viewState : new String[] {"forged-view-state", "-1:-1", "x".repeat(5000)}) {
            Map<String, String> form = visitor.signInForm(writer, StaffApi.PASSWORD);
            form.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> posted = visitor.post("/admin/login.xhtml", form);
            assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, "view state '" + viewState.substring(0,
                    Math.min(20, viewState.length())) + "': " + posted.statusCode() + " " + posted.body());
            String location = posted.headers().firstValue("Location").orElseThrow();
            assertTrue(location.contains("/admin/login.xhtml") && location.contains("expired=true"), location);
            HttpResponse<String> again = visitor.get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
            assertEquals(200, again.statusCode());
            assertTrue(again.body().contains("Your session ended; sign in again."), again.body());
        }
        // The form posted with the state the page gave still signs in: the handler only takes the failures.
        visitor.signIn(writer);
    }

    @Test
    void aSignedInEditorsExpiredFormReloadsThePage() throws Exception {
        String writer = StaffApi.createAccount("status-reload", "WRITER");
        Visitor visitor = new Visitor();
        visitor.signIn(writer);
        HttpResponse<String> articles = visitor.get("/admin/articles.xhtml");
        assertEquals(200, articles.statusCode());
        Document page = Jsoup.parse(articles.body());
        Element form = page.selectFirst("form[method=post]");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put("jakarta.faces.ViewState", "forged-view-state");
        HttpResponse<String> posted = visitor.post("/admin/articles.xhtml", fields);
        assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, posted.statusCode() + " " + posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/admin/articles.xhtml") && location.contains("expired=true"), location);
        HttpResponse<String> reloaded = visitor.get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        assertEquals(200, reloaded.statusCode());
        assertTrue(reloaded.body().contains("The page had expired"), reloaded.body());
    }

    @Test
    void aTypedEditorAddressAsksWith200OrSaysNoSuchStoryWith404() throws Exception {
        String writer = StaffApi.createAccount("status-open", "WRITER");
        StaffApi api = StaffApi.as(writer);
        HttpResponse<String> created = api.post("/articles", "{\"edition\":\"en\",\"headline\":\"Typed address " + StaffApi.SUFFIX
                + "\",\"sectionId\":" + field(api.get("/articles/sections?edition=en").body(), "id") + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        Visitor visitor = new Visitor();
        visitor.signIn(writer);

        HttpResponse<String> question = visitor.get("/admin/editor.xhtml?id=" + id);
        assertEquals(200, question.statusCode(), question.body());
        assertTrue(question.body().contains("Open this story?"), question.body());
        assertTrue(question.body().contains("id=" + id), "the page links to the story");

        for (String missing : new String[] {"999999999", "abc", ""}) {
            HttpResponse<String> none = visitor.get("/admin/editor.xhtml?id=" + missing);
            assertEquals(404, none.statusCode(), "id '" + missing + "': " + none.body());
            assertFalse(none.body().contains("Open the story in the editor"), "no link to a story that is not there");
        }
    }

    /**
     * The Preview link without a story, or with one that does not exist, answers 400 or 404 with a page of one
     * sentence in the person's console language (here their browser's Spanish), never the English or an exception.
     */
    @Test
    void thePreviewLinkWithoutAStorySaysSoInThePersonsLanguage() throws Exception {
        String writer = StaffApi.createAccount("status-preview", "WRITER");
        Visitor spanish = new Visitor("es-ES,es;q=0.9,en;q=0.5");
        spanish.signIn(writer);
        ConsoleWords words = ConsoleWords.of("es");

        for (String noStory : new String[] {"/admin/preview", "/admin/preview?id=", "/admin/preview?id=abc"}) {
            HttpResponse<String> answer = spanish.get(noStory);
            assertEquals(400, answer.statusCode(), noStory + ": " + answer.body());
            Document page = Jsoup.parse(answer.body());
            assertEquals("es", page.selectFirst("html").attr("lang"));
            assertEquals("ltr", page.selectFirst("html").attr("dir"));
            assertEquals(words.get("editor.preview.noStory"), page.getElementById("previewRefused").text());
            assertEquals(words.get("editor.preview"), page.title());
        }
        HttpResponse<String> unknown = spanish.get("/admin/preview?id=999999999");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").contains("charset=UTF-8"), unknown.headers().toString());
        assertEquals("No hay ningún artículo 999999999", Jsoup.parse(unknown.body()).getElementById("previewRefused").text());
        assertFalse(unknown.body().contains("There is no story"), unknown.body());
    }
}
