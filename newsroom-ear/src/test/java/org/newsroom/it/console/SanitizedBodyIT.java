package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * The workflow service sanitizes the body, so whatever the console's editor (or any staff
 * API client) sends, the stored text keeps the story and loses scripts, handlers, styles
 * and javascript: links.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SanitizedBodyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void hostileBodyIsStoredWithoutScriptsHandlersStylesOrJavascriptLinks() {
        String writer = StaffApi.createAccount("sanitize-writer", "WRITER");
        String sectionId = field(StaffApi.as(writer).call("GET", "/articles/sections?edition=en", null).body(), "id");
        HttpResponse<String> created = StaffApi.as(writer).call("POST", "/articles", "{\"edition\":\"en\",\"headline\":\"Sanitized body "
                + StaffApi.SUFFIX + "\",\"sectionId\":" + sectionId + "}");
        assertEquals(201, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String hostile = "<h2>Harbour</h2><p style=\\\"color:red\\\" onclick=\\\"alert(1)\\\">Rain fell.</p>"
                + "<script>alert(2)</script><p><a href=\\\"javascript:alert(3)\\\">link</a> <a href=\\\"https://example.org/\\\">ok</a></p>"
                + "<ul><li>one</li></ul><blockquote>said</blockquote><img src=\\\"/media/1/640\\\" alt=\\\"x\\\" onerror=\\\"alert(4)\\\">";
        HttpResponse<String> saved = StaffApi.as(writer).send("PUT", "/articles/" + id, etag,
                "{\"headline\":\"Sanitized body " + StaffApi.SUFFIX + "\",\"summary\":null,\"body\":\"" + hostile + "\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        String body = field(StaffApi.as(writer).call("GET", "/articles/" + id, null).body(), "body");
        for (String gone : new String[] {"script", "alert", "style", "onclick", "onerror", "javascript:"}) {
            assertFalse(body.contains(gone), gone + " removed from " + body);
        }
        for (String kept : new String[] {"<h2>Harbour</h2>", "Rain fell.", "https://example.org/", "<li>one</li>",
                "<blockquote>said</blockquote>", "/media/1/640"}) {
            assertTrue(body.contains(kept), kept + " kept in " + body);
        }
    }
}
