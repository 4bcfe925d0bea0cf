package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsroom.it.support.StaffApi;

/**
 * The console's session timeout in a real browser: the warning appears before the end,
 * "Stay signed in" keeps the session, and without it the page returns to the sign-in page
 * and the session is gone on the server too. The timeout is shortened for this test by
 * setting {@code newsroom.console.session.seconds} on the running server (management API)
 * and put back afterwards; sessions started before keep their 30 minutes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionTimeoutBrowserIT {

    private static final int SESSION_SECONDS = 16;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void theWarningComesBeforeTheTimeoutAndTheEndReturnsToSignIn() throws Exception {
        String writer = StaffApi.createAccount("site-timeout", "WRITER");
        setSessionSeconds(Integer.toString(SESSION_SECONDS));
        ChromeDriver browser = HeadlessChromium.open(1200, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(SESSION_SECONDS + 10));
            browser.get(Deployments.baseUrl() + "/admin/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username"))).sendKeys(writer);
            browser.findElement(By.id("signIn:password")).sendKeys(StaffApi.PASSWORD);
            browser.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menuForm:whoami"), writer));

            // The warning shows half-way (the lead is two minutes, or half of a shorter session).
            long signedIn = System.nanoTime();
            WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuForm:sessionWarning")));
            long shownAfter = Duration.ofNanos(System.nanoTime() - signedIn).toSeconds();
            assertTrue(shownAfter < SESSION_SECONDS, "warning after " + shownAfter + " s");
            assertTrue(warning.getText().length() > 0);
            assertTrue(browser.getCurrentUrl().contains("index.xhtml") || browser.getCurrentUrl().endsWith("/admin/"));

            // Staying signed in renews the session: past the original end, still signed in.
            browser.findElement(By.id("menuForm:staySignedIn")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("menuForm:sessionWarning")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuForm:sessionWarning")));
            assertTrue(Duration.ofNanos(System.nanoTime() - signedIn).toSeconds() >= SESSION_SECONDS - 2);
            assertTrue(browser.findElement(By.id("menuForm:whoami")).getText().contains(writer));

            // Left alone, the page goes to the sign-in page, which says why, and the server forgot the session.
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:expiredNote")));
            browser.get(Deployments.baseUrl() + "/admin/articles.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            assertEquals(0, browser.findElements(By.id("menuForm:whoami")).size());
        } finally {
            browser.quit();
            setSessionSeconds(null);
        }
    }

    /** Adds, or with null removes, the system property on the running server. */
    private void setSessionSeconds(String seconds) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("system-property", "newsroom.console.session.seconds");
        management.getControllerClient().execute(remove);
        if (seconds != null) {
            ModelNode add = new ModelNode();
            add.get("operation").set("add");
            add.get("address").add("system-property", "newsroom.console.session.seconds");
            add.get("value").set(seconds);
            ModelNode result = management.getControllerClient().execute(add);
            assertEquals("success", result.get("outcome").asString(), result.toString());
        }
    }
}
