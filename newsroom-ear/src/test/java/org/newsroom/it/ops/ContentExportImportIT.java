package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.OpsTool;
import org.newsroom.it.support.OpsTool.Run;
import org.newsroom.it.support.SamePages;
import org.newsroom.it.support.SecondServer;
import org.newsroom.it.support.StaffApi;

/**
 * Moving a site with {@code ops/newsroom export DIR} and {@code import DIR}, as docs/operations.md
 * tells IT staff to: the server under test (demo content plus stories of this test, with
 * revisions, a new tag and a Spanish translation) is exported; a second WildFly on an empty
 * database, demo off ({@link SecondServer}: a scratch PostgreSQL database on the PostgreSQL leg,
 * its own H2 file otherwise), imports it with the tool; its reader pages, feeds, sitemap, public
 * API lists and pictures are then the same bytes as the original's, host names aside. A damaged
 * export and a second import are refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentExportImportIT {

    private static final long TOOL_SECONDS = 300;
    private static final Pattern PICTURE = Pattern.compile("/media/\\d+/\\d+");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anExportImportedIntoAnEmptyInstallationServesTheSamePagesAndRefusesASecondImport() throws Exception {
        String headline = "Lighthouse keepers vote to stay on the rock " + StaffApi.SUFFIX;
        long story = publishedStoryWithTranslation(headline);
        // Reads reach the database every 10 s: both servers must show the same most-read lists.
        TimeUnit.SECONDS.sleep(11);

        Path exports = Files.createDirectories(Path.of("target/content-export-it").toAbsolutePath());
        Path export = exports.resolve("site-" + StaffApi.SUFFIX);
        Run exported = OpsTool.runOn(OpsTool.home(), OpsTool.managementPort(), TOOL_SECONDS, "export", export.toString());
        assertEquals(0, exported.exitStatus(), exported.toString());
        assertTrue(exported.out().startsWith("exported "), exported.toString());
        assertTrue(Files.readString(export.resolve("tables/article.jsonl")).contains(headline), "our story is in the export");
        assertTrue(Files.readString(export.resolve("manifest.json")).contains("\"schemaVersion\""));
        assertTrue(Files.readString(export.resolve("SHA256SUMS")).contains("  media/"), "pictures are files with checksums");
        assertAudited(StaffApi.admin(), "CONTENT_EXPORTED", export.toString());

        Run intoFullDirectory = OpsTool.runOn(OpsTool.home(), OpsTool.managementPort(), TOOL_SECONDS, "export", export.toString());
        assertEquals(1, intoFullDirectory.exitStatus(), intoFullDirectory.toString());
        assertTrue(intoFullDirectory.err().contains("is not empty"), intoFullDirectory.toString());
        Run relative = OpsTool.run("export", "some/where");
        assertEquals(1, relative.exitStatus(), relative.toString());
        assertTrue(relative.err().contains("absolute path"), relative.toString());

        Path damaged = exports.resolve("damaged-" + StaffApi.SUFFIX);
        copy(export, damaged);
        Path tags = damaged.resolve("tables/tag.jsonl");
        Files.writeString(tags, Files.readString(tags).replaceFirst("\"name\":\"", "\"name\":\"X"));

        try (SecondServer target = SecondServer.onEmptyDatabase("import-server", "newsroom_import_it").start()) {
            Run refused = OpsTool.runOn(target.home(), target.managementPort(), TOOL_SECONDS, "import", damaged.toString());
            assertEquals(1, refused.exitStatus(), refused.toString());
            assertTrue(refused.err().contains("damaged") && refused.err().contains("tables/tag.jsonl"), refused.toString());

            Run imported = OpsTool.runOn(target.home(), target.managementPort(), TOOL_SECONDS, "import", export.toString());
            assertEquals(0, imported.exitStatus(), imported.toString());
            assertTrue(imported.out().startsWith("imported ") && imported.out().contains("search index rebuilt"), imported.toString());

            String original = Deployments.baseUrl();
            Set<String> paths = SamePages.readerPaths(original, 5);
            String translation = field(SamePages.fetch(original + "/api/v1/articles?edition=es&size=1"), "url");
            paths.add(URI.create(translation).getPath());
            int compared = SamePages.assertSame(original, target.baseUrl(), paths, "after the import");
            assertTrue(SamePages.fetch(target.baseUrl() + "/api/v1/articles?edition=en&size=5").contains(headline),
                    "our story among the imported site's newest");
            assertSamePicture(original, target.baseUrl());
            System.out.printf("ContentExportImportIT: %d pages identical after the import (story %d)%n", compared, story);

            String before = SamePages.fetch(target.baseUrl() + "/api/v1/articles?edition=en");
            Run again = OpsTool.runOn(target.home(), target.managementPort(), TOOL_SECONDS, "import", export.toString());
            assertEquals(1, again.exitStatus(), again.toString());
            assertTrue(again.err().contains("already has") && again.err().contains("stories"), again.toString());
            assertEquals(before, SamePages.fetch(target.baseUrl() + "/api/v1/articles?edition=en"), "a refused import changes nothing");

            String password = "Imported-site-admin-" + StaffApi.SUFFIX + "-9";
            Run admin = OpsTool.runOn(target.home(), target.managementPort(), TOOL_SECONDS,
                    Map.of("NEWSROOM_NEW_PASSWORD", password), "create-user", "mover", "--roles", "ADMIN");
            assertEquals(0, admin.exitStatus(), admin.toString());
            assertAudited(StaffApi.on(target.baseUrl(), "mover", password), "CONTENT_IMPORTED", export.toString());
        }
    }

    /** A story of this test published in English, with two saved versions and a new tag, and its Spanish translation published. */
    private static long publishedStoryWithTranslation(String headline) {
        StaffApi writer = StaffApi.as(StaffApi.createAccount("export-writer", "WRITER"));
        StaffApi chief = StaffApi.as(StaffApi.createAccount("export-chief", "CHIEF_EDITOR"));
        String sectionId = field(writer.get("/articles/sections?edition=en").body(), "id");
        HttpResponse<String> step = writer.post("/articles", "{\"edition\":\"en\",\"headline\":" + StaffApi.quote(headline)
                + ",\"sectionId\":" + sectionId + "}");
        assertEquals(201, step.statusCode(), step.body());
        long id = Long.parseLong(field(step.body(), "id"));
        for (String body : new String[] {"The keepers met at dawn.", "The keepers met at dawn and voted to stay."}) {
            step = writer.send("PUT", "/articles/" + id, StaffApi.etag(step), "{\"headline\":" + StaffApi.quote(headline)
                    + ",\"summary\":\"A vote on the rock\",\"body\":" + StaffApi.quote("<p>" + body + "</p>") + "}");
            assertEquals(200, step.statusCode(), step.body());
        }
        step = writer.send("PUT", "/articles/" + id + "/details", StaffApi.etag(step), "{\"newTags\":[\"Lighthouses "
                + StaffApi.SUFFIX + "\"]}");
        assertEquals(200, step.statusCode(), step.body());
        String esSection = field(writer.get("/articles/sections?edition=es").body(), "id");
        HttpResponse<String> translated = writer.post("/articles/" + id + "/translations", "{\"edition\":\"es\",\"sectionId\":"
                + esSection + "}");
        assertEquals(201, translated.statusCode(), translated.body());
        publish(writer, chief, id, writer.get("/articles/" + id));
        long es = Long.parseLong(field(translated.body(), "id"));
        publish(writer, chief, es, writer.get("/articles/" + es));
        return id;
    }

    private static void publish(StaffApi writer, StaffApi chief, long id, HttpResponse<String> read) {
        HttpResponse<String> step = writer.transition(id, "submit", StaffApi.etag(read));
        assertEquals(200, step.statusCode(), step.body());
        for (String transition : new String[] {"approve", "publish"}) {
            step = chief.transition(id, transition, StaffApi.etag(step));
            assertEquals(200, step.statusCode(), transition + ": " + step.body());
        }
    }

    /** A picture of the original's home page comes back with the same bytes from the imported site. */
    private static void assertSamePicture(String original, String imported) throws Exception {
        Matcher picture = PICTURE.matcher(SamePages.fetch(original + "/en/"));
        assertTrue(picture.find(), "no picture on the original's home page");
        assertArrayEquals(bytes(original + picture.group()), bytes(imported + picture.group()), picture.group());
    }

    private static byte[] bytes(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    private static void assertAudited(StaffApi admin, String action, String detail) {
        String query = "/audit/export?action=" + action + "&actor=" + URLEncoder.encode("os:" + OpsTool.operator(),
                StandardCharsets.UTF_8);
        HttpResponse<String> entries = admin.accepting("application/x-ndjson, application/problem+json").get(query);
        assertEquals(200, entries.statusCode(), entries.body());
        assertTrue(entries.body().contains(detail), "no " + action + " entry about " + detail + ": " + entries.body());
    }

    private static void copy(Path from, Path to) throws Exception {
        Process cp = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        assertEquals(0, cp.waitFor());
    }
}
