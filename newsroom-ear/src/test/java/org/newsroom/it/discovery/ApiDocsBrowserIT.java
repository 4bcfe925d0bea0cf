package org.newsroom.it.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.BrowserTest;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Both OpenAPI documents as pages (Swagger UI) in a real browser: the public one under the reader site's
 * Content-Security-Policy, which allows no inline and no foreign script, the staff one inside the console.
 * Rendered operations prove the scripts ran and read the document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocsBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    ApiDocsBrowserIT() {
        super(1280, 1000);
    }

    @Test
    void thePublicApiPageShowsItsOperationsUnderTheReaderSitesPolicy() {
        // Noted by a script the browser runs before the page's own (DevTools' scripts are not subject to the policy).
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.refused = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.refused.push(e.violatedDirective + ' ' + e.blockedURI));"));
        browser.get(Deployments.baseUrl() + "/api-docs/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#swagger-ui .info .title"), "Newsroom public API"));
        assertEquals(1, browser.findElements(By.cssSelector(".opblock-summary-path[data-path='/api/v1/search']")).size(),
                "search is not listed");
        assertEquals(List.of(), refusedByThePolicy(), "the browser refused something under the page's policy");
    }

    @Test
    void theStaffApiPageIsPartOfTheConsole() {
        console.signIn("admin", StaffApi.adminPassword());
        browser.get(Deployments.baseUrl() + "/admin/api-docs/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#swagger-ui .info .title"), "Newsroom staff API"));
        assertTrue(browser.findElements(By.cssSelector(".opblock-summary-path")).size() > 30, "the operations are not listed");
        // Swagger UI offers both ways to sign in that the document declares.
        browser.findElement(By.cssSelector("button.authorize")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container")));
        String dialog = browser.findElement(By.cssSelector(".dialog-ux")).getText();
        assertTrue(dialog.contains("basic") && dialog.contains("token"), dialog);
    }

    /** What the page's Content-Security-Policy made the browser refuse (a script, an eval, a style), as it reported it. */
    @SuppressWarnings("unchecked")
    private List<String> refusedByThePolicy() {
        return (List<String>) browser.executeScript("return window.refused;");
    }
}
