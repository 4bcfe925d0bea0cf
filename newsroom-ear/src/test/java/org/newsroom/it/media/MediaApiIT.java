package org.newsroom.it.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.AllAtOnce;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/** The media library through the staff API, as a photo desk's tool would use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern RENDITION_WIDTHS = Pattern.compile("\"renditionWidths\"\\s*:\\s*\\[([0-9,]+)\\]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aToolUploadsDescribesAndFindsAPictureAndABadFileGetsAProblem() throws IOException, InterruptedException {
        String writer = StaffApi.createAccount("media-api-writer", "WRITER");
        String name = "quay-" + StaffApi.SUFFIX + ".jpg";
        HttpResponse<String> stored = upload(writer, name, TestPictures.picture("jpeg", 1200, 800));
        assertEquals(201, stored.statusCode(), stored.body());
        String id = field(stored.body(), "id");
        assertTrue(stored.headers().firstValue("Location").orElseThrow().endsWith("/admin/api/v1/media/" + id));
        assertEquals("image/jpeg", field(stored.body(), "contentType"));
        assertEquals("false", field(stored.body(), "described"));

        HttpResponse<String> refused = upload(writer, "invoice.jpg", TestPictures.program());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not a PNG, JPEG or GIF image"), refused.body());

        String version = StaffApi.etag(stored);
        HttpResponse<String> incomplete = StaffApi.as(writer).send("PUT", "/media/" + id + "/description", version,
                "{\"altText\":\"Boats\",\"caption\":\"Quay\"}");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("Credit is required"), incomplete.body());
        HttpResponse<String> described = StaffApi.as(writer).send("PUT", "/media/" + id + "/description", version,
                "{\"altText\":\"Fishing boats tied up at a stone quay\",\"caption\":\"Boats stayed in.\",\"credit\":\"Staff\"}");
        assertEquals(200, described.statusCode(), described.body());
        assertEquals("true", field(described.body(), "described"));
        assertEquals(StaffApi.etag(described), StaffApi.etag(StaffApi.as(writer).get("/media/" + id)), "GET answers the new version");

        HttpResponse<String> found = StaffApi.as(writer).call("GET", "/media?q=" + StaffApi.SUFFIX + "&describedOnly=true", null);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("1", field(found.body(), "total"));
        assertEquals(id, field(found.body(), "id"));

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/media"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestPictures.picture("png", 10, 10))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void uploadsAndDescriptionsAreInTheAuditTrailWithWhoDidThem() throws IOException, InterruptedException {
        String photographer = StaffApi.createAccount("media-audit-writer", "WRITER");
        String editor = StaffApi.createAccount("media-audit-editor", "EDITOR");
        // Not named with this run's SUFFIX: the other test searches the library by it.
        String name = "pier-" + UUID.randomUUID().toString().substring(0, 8) + ".jpg";
        HttpResponse<String> stored = upload(photographer, name, TestPictures.picture("jpeg", 900, 600));
        assertEquals(201, stored.statusCode(), stored.body());
        String id = field(stored.body(), "id");
        String description = "{\"altText\":\"A wooden pier in fog\",\"caption\":\"The pier at dawn.\",\"credit\":\"%s\"}";
        HttpResponse<String> first = StaffApi.as(photographer).send("PUT", "/media/" + id + "/description", StaffApi.etag(stored),
                description.formatted("Staff"));
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = StaffApi.as(editor).send("PUT", "/media/" + id + "/description", StaffApi.etag(first),
                description.formatted("Harbour Agency"));
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(200, StaffApi.as(editor).send("PUT", "/media/" + id + "/description", StaffApi.etag(second),
                description.formatted("Harbour Agency")).statusCode(), "saving the same words again changes nothing, so records nothing");

        assertEquals(List.of(
                photographer + " MEDIA_UPLOADED picture " + id + " uploaded: " + name + ", image/jpeg, 900 × 600",
                photographer + " MEDIA_DESCRIBED picture " + id
                        + ": alt text \"A wooden pier in fog\", caption \"The pier at dawn.\", credit \"Staff\""),
                exported("actor=" + photographer));
        assertEquals(List.of(editor + " MEDIA_DESCRIBED picture " + id + ": credit \"Harbour Agency\""), exported("actor=" + editor));
        assertTrue(exported("action=MEDIA_UPLOADED").contains(photographer + " MEDIA_UPLOADED picture " + id + " uploaded: " + name
                + ", image/jpeg, 900 × 600"));

        HttpResponse<String> latest = StaffApi.admin().call("GET", "/audit?max=20", null);
        assertEquals(200, latest.statusCode(), latest.body());
        assertTrue(latest.body().contains("credit \\\"Harbour Agency\\\""), latest.body());
    }

    /**
     * Two people describing one picture from the same version: the first description is kept,
     * the second is refused as stale (412, the same kind of problem as a stale story save) and
     * changes nothing; without If-Match a description is 428. Fifty describes of one version at
     * once: exactly one wins, the rest are 412, never a server error.
     */
    @Test
    void describesQuotingAStaleVersionAreRefusedAndTheWinnersWordsKept() throws Exception {
        String writer = StaffApi.createAccount("media-stale-writer", "WRITER");
        String editor = StaffApi.createAccount("media-stale-editor", "EDITOR");
        HttpResponse<String> stored = upload(writer, "stale-" + UUID.randomUUID().toString().substring(0, 8) + ".png",
                TestPictures.picture("png", 300, 200));
        assertEquals(201, stored.statusCode(), stored.body());
        String id = field(stored.body(), "id");
        String path = "/media/" + id + "/description";
        HttpResponse<String> read = StaffApi.as(editor).get("/media/" + id);
        assertEquals(200, read.statusCode(), read.body());
        String version = StaffApi.etag(read);
        assertEquals(StaffApi.etag(stored), version, "the upload's ETag is the version a GET answers");
        assertEquals(field(read.body(), "version"), version.replace("\"", ""));

        StaffApi.assertRefusedCleanly("a describe without If-Match", 428, StaffApi.as(writer).call("PUT", path,
                "{\"altText\":\"Gulls\",\"caption\":\"Gulls.\",\"credit\":\"Staff\"}"));
        HttpResponse<String> mine = StaffApi.as(writer).send("PUT", path, version,
                "{\"altText\":\"Gulls over the harbour wall\",\"caption\":\"Gulls waited for the boats.\",\"credit\":\"Staff\"}");
        assertEquals(200, mine.statusCode(), mine.body());
        HttpResponse<String> theirs = StaffApi.as(editor).send("PUT", path, version,
                "{\"altText\":\"Birds\",\"caption\":\"Birds.\",\"credit\":\"Harbour Agency\"}");
        StaffApi.Problem stale = StaffApi.assertRefusedCleanly("a describe of a version described since", 412, theirs);
        assertTrue(stale.detail().startsWith("This picture was described by " + writer) && stale.detail().contains("not saved"),
                stale.detail());
        HttpResponse<String> now = StaffApi.as(editor).get("/media/" + id);
        assertEquals("Gulls over the harbour wall", field(now.body(), "altText"), "the first description is kept");
        assertEquals("Staff", field(now.body(), "credit"));
        assertEquals(StaffApi.etag(mine), StaffApi.etag(now));

        int atOnce = 50;
        String quoted = StaffApi.etag(now);
        Map<Integer, List<HttpResponse<String>>> byStatus = AllAtOnce.send(atOnce, n -> StaffApi.as(n % 2 == 0 ? writer : editor)
                .send("PUT", path, quoted, "{\"altText\":\"Gulls, take " + n + "\",\"caption\":\"Caption " + n
                        + "\",\"credit\":\"Credit " + n + "\"}"));
        Map<Integer, Integer> counts = new TreeMap<>();
        byStatus.forEach((status, list) -> counts.put(status, list.size()));
        assertEquals(Map.of(200, 1, 412, atOnce - 1), counts, byStatus.keySet().stream().filter(s -> s != 200 && s != 412)
                .findFirst().map(s -> s + " " + byStatus.get(s).get(0).body()).orElse(""));
        for (HttpResponse<String> refused : byStatus.get(412)) {
            StaffApi.assertRefusedCleanly("a concurrent stale describe", 412, refused);
        }
        HttpResponse<String> winner = byStatus.get(200).get(0);
        HttpResponse<String> after = StaffApi.as(editor).get("/media/" + id);
        assertEquals(field(winner.body(), "caption"), field(after.body(), "caption"), "the winner's words are stored");
        assertEquals(StaffApi.etag(winner), StaffApi.etag(after));
    }

    /**
     * Agency pictures: a CMYK and a YCCK JPEG, each with its own ICC profile (built in
     * {@link AgencyPictures}), are taken in, and every rendition readers get is a three-channel
     * sRGB JPEG whose patches have the colours the embedded profile gives them: press cyan,
     * not the screen cyan of a conversion that ignored the profile, and never the negative
     * image of one that misread Adobe's inverted inks. A four-channel JPEG that is cut off
     * halfway is still refused in words.
     */
    @Test
    void agencyCmykAndYcckJpegsWithTheirProfilesAreStoredAsSrgbRenditions() throws IOException, InterruptedException {
        String photoDesk = StaffApi.createAccount("media-agency-writer", "WRITER");
        Map<String, byte[]> pictures = Map.of("cmyk", AgencyPictures.cmyk(), "ycck", AgencyPictures.ycck());
        for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
            String kind = picture.getKey();
            HttpResponse<String> stored = upload(photoDesk, "agency-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8) + ".jpg",
                    picture.getValue());
            assertEquals(201, stored.statusCode(), kind + ": " + stored.body());
            assertEquals("image/jpeg", field(stored.body(), "contentType"), kind);
            assertEquals(Integer.toString(AgencyPictures.INKS.length * AgencyPictures.PATCH), field(stored.body(), "width"), kind);
            String id = field(stored.body(), "id");
            Matcher widths = RENDITION_WIDTHS.matcher(stored.body());
            assertTrue(widths.find(), stored.body());
            for (String width : widths.group(1).split(",")) {
                HttpResponse<byte[]> rendition = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/media/" + id + "/"
                        + width)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, rendition.statusCode(), kind + " " + width);
                assertTrue(rendition.headers().firstValue("Content-Type").orElse("").startsWith("image/jpeg"), kind + " " + width);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendition.body()));
                assertEquals(3, image.getColorModel().getNumComponents(), kind + " " + width + ": RGB, no alpha, no fourth ink");
                assertTrue(image.getColorModel().getColorSpace().isCS_sRGB(), kind + " " + width);
                for (int patch = 0; patch < AgencyPictures.INKS.length; patch++) {
                    int rgb = image.getRGB(AgencyPictures.patchCentreX(patch, image.getWidth()), image.getHeight() / 2);
                    int[] seen = {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
                    int[] expected = AgencyPictures.EXPECTED_SRGB[patch];
                    for (int channel = 0; channel < 3; channel++) {
                        assertTrue(Math.abs(seen[channel] - expected[channel]) <= 16, kind + " at " + width + " px, patch " + patch
                                + ": expected about " + Arrays.toString(expected) + ", got " + Arrays.toString(seen));
                    }
                }
            }
        }

        byte[] whole = AgencyPictures.cmyk();
        HttpResponse<String> cutOff = upload(photoDesk, "agency-cut.jpg", Arrays.copyOf(whole, whole.length / 2));
        assertEquals(400, cutOff.statusCode(), cutOff.body());
        assertTrue(field(cutOff.body(), "detail").contains("nothing was stored"), cutOff.body());
    }

    /**
     * The audit export as an administrator reads it, one entry a line as "actor ACTION detail";
     * a picture's entries belong to no story, so their lines have no {@code articleId}.
     */
    private static List<String> exported(String query) throws IOException, InterruptedException {
        HttpResponse<String> export = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/audit/export?" + query))
                .header("Accept", "application/x-ndjson").header("Authorization", StaffApi.basic("admin", StaffApi.adminPassword()))
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

    private static HttpResponse<String> upload(String user, String name, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/media?name=" + name))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .header("Authorization", StaffApi.basic(user, StaffApi.PASSWORD))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
