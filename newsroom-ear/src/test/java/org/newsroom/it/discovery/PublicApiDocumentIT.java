package org.newsroom.it.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.OpenApiDocuments;
import org.newsroom.it.support.ReaderSite;
import org.newsroom.it.support.StaffApi;

/**
 * The public API's OpenAPI document at /openapi: valid, listing exactly the JSON API's resource methods
 * (the site's pages, feeds and sitemaps are not part of it), with parameters typed by the same bounds and
 * choices the API enforces, and hand-written shapes that match what the server really sends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicApiDocumentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReaderSite site = new ReaderSite();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDocumentIsValidAndListsEveryEndpointOfTheJsonApi() throws Exception {
        OpenAPI document = OpenApiDocuments.read("/openapi");
        assertEquals("Newsroom public API", document.getInfo().getTitle());
        Set<String> inCode = OpenApiDocuments.endpointsInCode("newsroom-web.war", "", path -> path.startsWith("/api/"));
        assertTrue(inCode.contains("GET /api/v1/breaking"), "the breaking resource lives in another package: " + inCode);
        OpenApiDocuments.assertSameOperations(inCode, OpenApiDocuments.operations(document));
        OpenApiDocuments.assertEveryBodyHasASchema(document);
        OpenApiDocuments.operationsByName(document).forEach((name, operation) ->
                assertTrue(operation.getResponses().containsKey("default"), name + " has no problem answer"));
    }

    @Test
    void choicesAreTheEditionsAndKindsTheApiKnows() throws Exception {
        OpenAPI document = OpenApiDocuments.read("/openapi");
        Operation articles = OpenApiDocuments.operationsByName(document).get("GET /api/v1/articles");
        assertEquals(Arrays.stream(Edition.values()).map(Edition::code).toList(), OpenApiDocuments.choices(document, articles, "edition"));
        assertEquals(Arrays.stream(ArticleKind.values()).map(Enum::name).toList(), OpenApiDocuments.choices(document, articles, "kind"));
        assertEquals(200, site.get("/api/v1/articles?kind=opinion&size=1").statusCode(), "any case, as the document says");
        StaffApi.assertRefusedCleanly("a kind the document does not list", 400, site.get("/api/v1/articles?kind=gossip"));
    }

    /**
     * Every bounded whole-number parameter of every operation: the documented maximum is served, one more
     * (and one less than the minimum) is a 400 problem that names the parameter: the document and the hand
     * validation say the same.
     */
    @Test
    void everyDocumentedBoundIsTheOneTheApiEnforces() throws Exception {
        OpenAPI document = OpenApiDocuments.read("/openapi");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Operation> entry : OpenApiDocuments.operationsByName(document).entrySet()) {
            String path = entry.getKey().substring("GET ".length()).replace("{edition}", "en");
            if (path.contains("{")) {
                continue; // one story by id or slug: no bounded query parameters
            }
            for (Parameter parameter : entry.getValue().getParameters() == null ? List.<Parameter>of() : entry.getValue().getParameters()) {
                Schema<?> schema = parameter.getSchema();
                if (!"query".equals(parameter.getIn()) || schema.getMaximum() == null) {
                    continue;
                }
                String base = path + "?edition=en&" + parameter.getName() + "=";
                assertEquals(200, site.get(base + schema.getMaximum()).statusCode(), base + schema.getMaximum());
                for (BigDecimal outside : List.of(schema.getMaximum().add(BigDecimal.ONE), schema.getMinimum().subtract(BigDecimal.ONE))) {
                    String detail = StaffApi.assertRefusedCleanly(base + outside, 400, site.get(base + outside)).detail();
                    assertTrue(detail.contains("'" + parameter.getName() + "'"), detail);
                }
                checked.add(entry.getKey() + " " + parameter.getName());
            }
        }
        assertTrue(checked.size() >= 5, "page and size of articles and search, size of most read: " + checked);
    }

    /** The shapes written by hand in META-INF/openapi.yaml name exactly the fields the server sends. */
    @Test
    void handWrittenShapesMatchRealAnswers() throws Exception {
        Map<String, Schema> schemas = OpenApiDocuments.read("/openapi").getComponents().getSchemas();
        JsonNode breaking = JSON.readTree(site.get("/api/v1/breaking?edition=en").body());
        assertEquals(schemas.get("BreakingItems").getProperties().keySet(), names(breaking));
        // The demo content may have no breaking item: a refusal shows the problem's fields, an item its own.
        JsonNode problem = JSON.readTree(site.get("/api/v1/articles?size=0").body());
        Set<String> problemFields = new TreeSet<>(schemas.get("Problem").getProperties().keySet());
        problemFields.remove("incident"); // only on a failure of ours
        assertEquals(problemFields, names(problem));
        Set<String> itemFields = schemas.get("BreakingItem").getProperties().keySet();
        for (JsonNode item : breaking.get("items")) {
            assertTrue(itemFields.containsAll(names(item)), names(item) + " not all in " + itemFields);
            assertTrue(names(item).containsAll(schemas.get("BreakingItem").getRequired()), names(item).toString());
        }
    }

    @Test
    void theBrowsablePageIsServedWithTheReaderSitesPolicy() throws Exception {
        HttpResponse<String> page = site.get("/api-docs/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-document=\"/openapi\""), page.body());
        assertEquals("script-src 'self'", Arrays.stream(page.headers().firstValue("Content-Security-Policy").orElseThrow().split(";"))
                .map(String::trim).filter(d -> d.startsWith("script-src")).findFirst().orElseThrow());
        for (String file : List.of("swagger-ui-bundle.js", "swagger-ui.css", "start.js")) {
            assertEquals(200, site.get("/api-docs/" + file).statusCode(), file);
        }
        assertEquals(404, site.get("/api-docs/index.css").statusCode(), "only the page's own files are served");
        assertFalse(site.get("/api-docs/swagger-ui-bundle.js").body().isEmpty());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
