package org.newsroom.it.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
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

    private static HttpResponse<String> upload(String user, String name, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/media?name=" + name))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + StaffAccountsForTests.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
