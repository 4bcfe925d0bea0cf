package org.newsroom.it.discovery;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.ReaderSite;
import org.newsroom.it.support.StaffApi;

/**
 * The public JSON API sent what a careless client sends: paging values that are not numbers
 * or out of range, unknown editions, kinds and ids, addresses that do not exist and methods it
 * does not take. Every answer is a 4xx problem document with a readable detail, never the
 * reader site's HTML error page and never anything of the server's insides.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicApiInputIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyMalformedRequestGetsAProblemAndNoTrace() throws Exception {
        Object[][] cases = {
                {"GET", "/api/v1/articles?page=-1", 400}, {"GET", "/api/v1/articles?page=abc", 400},
                {"GET", "/api/v1/articles?page=99999999999", 400}, {"GET", "/api/v1/articles?page=1e3", 400},
                {"GET", "/api/v1/articles?size=0", 400}, {"GET", "/api/v1/articles?size=abc", 400},
                {"GET", "/api/v1/articles?size=100000", 400}, {"GET", "/api/v1/articles?edition=xx", 400},
                {"GET", "/api/v1/articles?kind=GOD", 400}, {"GET", "/api/v1/articles?section=Not%20a%20slug!", 400},
                {"GET", "/api/v1/articles/abc", 400}, {"GET", "/api/v1/articles/0", 400},
                {"GET", "/api/v1/articles/99999999999999999999", 400}, {"GET", "/api/v1/articles/999999999", 404},
                {"GET", "/api/v1/editions/xx/sections", 400}, {"GET", "/api/v1/editions/en/articles/Bad%20Slug", 400},
                {"GET", "/api/v1/search?edition=en&q=harbour&page=abc", 400},
                {"GET", "/api/v1/search?edition=en&q=harbour&from=not-a-date", 400},
                {"GET", "/api/v1/search?edition=xx&q=harbour", 400},
                {"GET", "/api/v1/breaking?edition=xx", 404},
                {"GET", "/api/v1/nothing-here", 404}, {"GET", "/api/v2/articles", 404}, {"GET", "/api/", 404},
                {"POST", "/api/v1/editions", 405}, {"DELETE", "/api/v1/articles/1", 405}, {"PUT", "/api/v1/search", 405},
                {"POST", "/api/v1/breaking", 405}, {"PATCH", "/api/v1/articles", 405}};
        ReaderSite site = new ReaderSite();
        List<Executable> checks = new ArrayList<>();
        for (Object[] c : cases) {
            String name = c[0] + " " + c[1];
            HttpResponse<String> answer = c[0].equals("GET") ? site.get((String) c[1])
                    : site.send((String) c[0], (String) c[1], "{}", "Content-Type", "application/json");
            int status = (Integer) c[2];
            checks.add(() -> {
                StaffApi.assertRefusedCleanly(name, status, answer);
                if (status == 405) {
                    assertTrue(answer.headers().firstValue("Allow").isPresent(), name + ": says which methods it takes");
                }
            });
        }
        assertAll(checks);
    }
}
