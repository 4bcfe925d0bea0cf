package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/** POST /admin/api/v1/breaking: who may post, what comes back, and how mistakes are answered. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BreakingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void editorPostsAnItemAndGets201WithItsLocation() {
        String editor = StaffApi.createAccount("breaking-editor", "EDITOR");
        String text = "Console API breaking line " + StaffApi.SUFFIX;
        HttpResponse<String> posted = StaffApi.as(editor).call("POST", "/breaking", "{\"edition\":\"en\",\"text\":\"" + text
                + "\",\"expiresAt\":\"" + Instant.now().plusSeconds(600) + "\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/admin/api/v1/breaking/" + field(posted.body(), "id")), location);
        assertEquals(text, field(posted.body(), "text"));

        HttpResponse<String> read = StaffApi.as(editor).call("GET", URI.create(location).getPath().replace("/admin/api/v1", ""), null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(text, field(read.body(), "text"));
    }

    @Test
    void writerIsRefusedWith403AndAStrangerWith401() {
        String writer = StaffApi.createAccount("breaking-writer", "WRITER");
        HttpResponse<String> refused = StaffApi.as(writer).call("POST", "/breaking", "{\"edition\":\"en\",\"text\":\"Not mine to post\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> anonymous = StaffApi.anonymous().call("POST", "/breaking", "{\"edition\":\"en\",\"text\":\"Anyone?\"}");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void mistakesAreProblemsWith400() {
        String editor = StaffApi.createAccount("breaking-editor2", "EDITOR");
        assertProblem(400, StaffApi.as(editor).call("POST", "/breaking", "{\"edition\":\"xx\",\"text\":\"Unknown edition\"}"));
        assertProblem(400, StaffApi.as(editor).call("POST", "/breaking", "{\"edition\":\"en\",\"text\":\"" + "x".repeat(201) + "\"}"));
        assertProblem(400, StaffApi.as(editor).call("POST", "/breaking", "{\"edition\":\"en\",\"text\":\"Bad expiry\",\"expiresAt\":\"tomorrow\"}"));
        assertProblem(400, StaffApi.as(editor).call("POST", "/breaking", "{\"edition\":\"en\",\"text\":\"No such story\",\"articleId\":999999999}"));
        assertProblem(404, StaffApi.as(editor).call("GET", "/breaking/999999999", null));
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().toString());
    }
}
