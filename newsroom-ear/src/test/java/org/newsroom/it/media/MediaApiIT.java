package org.newsroom.it.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.JsonField.field;
import static org.newsroom.it.console.StaffAccountsForTests.call;
import static org.newsroom.it.console.StaffAccountsForTests.create;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.Deployments;
import org.newsroom.it.console.StaffAccountsForTests;

/** The media library through the staff API, as a photo desk's tool would use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aToolUploadsDescribesAndFindsAPictureAndABadFileGetsAProblem() throws IOException, InterruptedException {
        String writer = create("media-api-writer", "WRITER");
        String name = "quay-" + StaffAccountsForTests.SUFFIX + ".jpg";
        HttpResponse<String> stored = upload(writer, name, TestPictures.picture("jpeg", 1200, 800));
        assertEquals(201, stored.statusCode(), stored.body());
        String id = field(stored.body(), "id");
        assertTrue(stored.headers().firstValue("Location").orElseThrow().endsWith("/admin/api/v1/media/" + id));
        assertEquals("image/jpeg", field(stored.body(), "contentType"));
        assertEquals("false", field(stored.body(), "described"));

        HttpResponse<String> refused = upload(writer, "invoice.jpg", TestPictures.program());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not a PNG, JPEG or GIF image"), refused.body());

        HttpResponse<String> incomplete = call(writer, "PUT", "/media/" + id + "/description", "{\"altText\":\"Boats\",\"caption\":\"Quay\"}");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("Credit is required"), incomplete.body());
        HttpResponse<String> described = call(writer, "PUT", "/media/" + id + "/description",
                "{\"altText\":\"Fishing boats tied up at a stone quay\",\"caption\":\"Boats stayed in.\",\"credit\":\"Staff\"}");
        assertEquals(200, described.statusCode(), described.body());
        assertEquals("true", field(described.body(), "described"));

        HttpResponse<String> found = call(writer, "GET", "/media?q=" + StaffAccountsForTests.SUFFIX + "&describedOnly=true", null);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("1", field(found.body(), "total"));
        assertEquals(id, field(found.body(), "id"));

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/media"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestPictures.picture("png", 10, 10))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void uploadsAndDescriptionsAreInTheAuditTrailWithWhoDidThem() throws IOException, InterruptedException {
        String photographer = create("media-audit-writer", "WRITER");
        String editor = create("media-audit-editor", "EDITOR");
        // Not named with this run's SUFFIX: the other test searches the library by it.
        String name = "pier-" + UUID.randomUUID().toString().substring(0, 8) + ".jpg";
        HttpResponse<String> stored = upload(photographer, name, TestPictures.picture("jpeg", 900, 600));
        assertEquals(201, stored.statusCode(), stored.body());
        String id = field(stored.body(), "id");
        String description = "{\"altText\":\"A wooden pier in fog\",\"caption\":\"The pier at dawn.\",\"credit\":\"%s\"}";
        assertEquals(200, call(photographer, "PUT", "/media/" + id + "/description", description.formatted("Staff")).statusCode());
        assertEquals(200, call(editor, "PUT", "/media/" + id + "/description", description.formatted("Harbour Agency")).statusCode());
        assertEquals(200, call(editor, "PUT", "/media/" + id + "/description", description.formatted("Harbour Agency")).statusCode(),
                "saving the same words again changes nothing, so records nothing");

        assertEquals(List.of(
                photographer + " MEDIA_UPLOADED picture " + id + " uploaded: " + name + ", image/jpeg, 900 × 600",
                photographer + " MEDIA_DESCRIBED picture " + id
                        + ": alt text \"A wooden pier in fog\", caption \"The pier at dawn.\", credit \"Staff\""),
                exported("actor=" + photographer));
        assertEquals(List.of(editor + " MEDIA_DESCRIBED picture " + id + ": credit \"Harbour Agency\""), exported("actor=" + editor));
        assertTrue(exported("action=MEDIA_UPLOADED").contains(photographer + " MEDIA_UPLOADED picture " + id + " uploaded: " + name
                + ", image/jpeg, 900 × 600"));

        HttpResponse<String> latest = call("admin", StaffAccountsForTests.adminPassword(), "GET", "/audit?max=20", null);
        assertEquals(200, latest.statusCode(), latest.body());
        assertTrue(latest.body().contains("credit \\\"Harbour Agency\\\""), latest.body());
    }

    /**
     * The audit export as an administrator reads it, one entry a line as "actor ACTION detail";
     * a picture's entries belong to no story, so their lines have no {@code articleId}.
     */
    private static List<String> exported(String query) throws IOException, InterruptedException {
        HttpResponse<String> export = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/audit/export?" + query))
                .header("Accept", "application/x-ndjson").header("Authorization", basic("admin", StaffAccountsForTests.adminPassword()))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, export.statusCode(), export.body());
        List<String> entries = new ArrayList<>();
        for (String line : export.body().split("\n")) {
            if (line.contains("\"MEDIA_")) {
                assertFalse(line.contains("articleId"), line);
                entries.add(field(line, "actor") + " " + field(line, "action") + " " + field(line, "detail").replace("\\\"", "\""));
            }
        }
        return entries;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(String user, String name, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/media?name=" + name))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .header("Authorization", basic(user, StaffAccountsForTests.PASSWORD))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
