package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.ReaderSite;

/**
 * Every reader page type of the three editions through the Nu HTML Checker (the engine behind
 * validator.w3.org/nu), run inside this JVM: no error on any of them. Warnings are the checker's
 * advice and are not counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReaderMarkupIT {

    private final ReaderSite site = new ReaderSite();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyEnglishPageTypeIsValidHtml() throws Exception {
        assertEveryPageTypeIsValid("en");
    }

    @Test
    void everyArabicPageTypeIsValidHtml() throws Exception {
        assertEveryPageTypeIsValid("ar");
    }

    @Test
    void everySpanishPageTypeIsValidHtml() throws Exception {
        assertEveryPageTypeIsValid("es");
    }

    private void assertEveryPageTypeIsValid(String edition) throws Exception {
        List<String> errors = new ArrayList<>();
        for (ReaderPageTypes.PageType type : ReaderPageTypes.of(site, edition)) {
            HttpResponse<String> page = site.get(type.path());
            assertEquals(type.status(), page.statusCode(), "status of " + type);
            for (String error : errorsIn(page.body())) {
                errors.add(type + ": " + error);
            }
        }
        assertTrue(errors.isEmpty(), errors.size() + " HTML errors in /" + edition + "/:\n" + String.join("\n", errors));
    }

    /** The checker's errors (GNU format: one line each, "line.column: error: message"); info and warnings left out. */
    private static List<String> errorsIn(String html) throws Exception {
        EmbeddedValidator checker = new EmbeddedValidator();
        checker.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = checker.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return report.lines().filter(line -> line.contains(": error:") || line.contains(": fatal:")).toList();
    }
}
