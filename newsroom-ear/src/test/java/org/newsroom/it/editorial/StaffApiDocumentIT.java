package org.newsroom.it.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.OpenApiDocuments;
import org.newsroom.it.support.ReaderSite;
import org.newsroom.it.support.StaffApi;

/**
 * The staff API's own OpenAPI document at /admin/openapi, as an integrator's tools read it: valid, complete
 * (every resource method of the admin WAR and nothing else), typed, and honest about sign-in and errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiDocumentIT {

    private static final String DOCUMENT = "/admin/openapi";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDocumentIsValidAndListsEveryEndpointOfTheStaffApi() throws Exception {
        OpenAPI document = OpenApiDocuments.read(DOCUMENT);
        assertEquals("Newsroom staff API", document.getInfo().getTitle());
        Set<String> inCode = OpenApiDocuments.endpointsInCode("newsroom-admin.war", "/admin", path -> true);
        assertTrue(inCode.contains("GET /admin/api/v1/articles/{id}"), inCode.toString());
        assertTrue(inCode.contains("DELETE /admin/api/v1/tokens/{id}"), "a template with a regular expression: " + inCode);
        OpenApiDocuments.assertSameOperations(inCode, OpenApiDocuments.operations(document));
    }

    @Test
    void itIsBesideThePublicDocumentNotInIt() throws Exception {
        OpenAPI published = OpenApiDocuments.read("/openapi");
        assertTrue(OpenApiDocuments.operations(published).stream().noneMatch(o -> o.contains("/admin/")),
                "the public document names staff endpoints");
        assertFalse(OpenApiDocuments.operations(OpenApiDocuments.read(DOCUMENT)).stream().anyMatch(o -> !o.contains(" /admin/api/v1/")),
                "the staff document names endpoints outside the staff API");
    }

    @Test
    void everyOperationNeedsBasicOrATokenAndMayAnswerWithAProblem() throws Exception {
        OpenAPI document = OpenApiDocuments.read(DOCUMENT);
        Map<String, SecurityScheme> schemes = document.getComponents().getSecuritySchemes();
        assertEquals("basic", schemes.get("basic").getScheme());
        assertEquals(SecurityScheme.Type.HTTP, schemes.get("basic").getType());
        assertEquals("bearer", schemes.get("token").getScheme());
        assertEquals(2, document.getSecurity().size(), "either scheme alone is enough: " + document.getSecurity());
        assertTrue(document.getSecurity().stream().allMatch(requirement -> requirement.size() == 1));
        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        assertTrue(problem.getProperties().keySet().containsAll(List.of("type", "title", "status", "detail")));
        OpenApiDocuments.operationsByName(document).forEach((name, operation) -> {
            assertTrue(operation.getResponses().containsKey("default"), name + " has no problem answer");
            assertTrue(operation.getResponses().keySet().stream().anyMatch(status -> status.startsWith("2")), name + " has no success");
        });
        OpenApiDocuments.assertEveryBodyHasASchema(document);
    }

    @Test
    void parametersAreTypedWithTheChoicesAndBoundsTheServerChecks() throws Exception {
        OpenAPI document = OpenApiDocuments.read(DOCUMENT);
        Operation list = OpenApiDocuments.operationsByName(document).get("GET /admin/api/v1/articles");
        assertEquals(Arrays.stream(ArticleStatus.values()).map(Enum::name).toList(), OpenApiDocuments.choices(document, list, "status"));
        assertEquals(Arrays.stream(Edition.values()).map(Edition::code).toList(), OpenApiDocuments.choices(document, list, "edition"));
        Parameter limit = list.getParameters().stream().filter(p -> p.getName().equals("limit")).findFirst().orElseThrow();
        assertEquals("integer", type(limit.getSchema()));
        BigDecimal maximum = limit.getSchema().getMaximum();
        StaffApi admin = StaffApi.admin();
        // The document's bound is the server's: its maximum is served, one more is a 400 that names the parameter.
        assertEquals(200, admin.get("/articles?limit=" + maximum).statusCode());
        HttpResponse<String> tooMany = admin.get("/articles?limit=" + maximum.add(BigDecimal.ONE));
        assertTrue(StaffApi.assertRefusedCleanly("limit above the documented maximum", 400, tooMany).detail().contains("limit"));
        HttpResponse<String> unknownState = admin.get("/articles?status=" + ReaderSite.encode("NOT_A_STATE"));
        assertTrue(StaffApi.assertRefusedCleanly("a state the document does not list", 400, unknownState).detail().contains("status"));
        Parameter ifMatch = OpenApiDocuments.operationsByName(document).get("PUT /admin/api/v1/articles/{id}").getParameters().stream()
                .filter(p -> p.getName().equals("If-Match")).findFirst().orElseThrow();
        assertEquals("header", ifMatch.getIn());
        assertTrue(ifMatch.getRequired());
    }

    @Test
    void theDocumentNeedsNoSignInButTheBrowsablePageIsInsideTheConsole() throws Exception {
        ReaderSite nobody = new ReaderSite();
        assertEquals(200, nobody.get(DOCUMENT).statusCode());
        HttpResponse<String> page = nobody.get("/admin/api-docs/");
        assertEquals(302, page.statusCode(), "a stranger is sent to sign in");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/admin/login.xhtml"));
    }

    private static String type(Schema<?> schema) {
        return schema.getType() != null ? schema.getType() : schema.getTypes().iterator().next();
    }
}
