package org.newsroom.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The "API tokens" screen in Debian's headless Chromium: a writer makes a token, uses it, and revokes it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensBrowserIT extends BrowserTest {

    private static final String SOME_CALL = Caller.STAFF_API + "/articles/sections?edition=en";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    ApiTokensBrowserIT() {
        super(1280, 1000);
    }

    @Test
    void aWriterMakesATokenSeesItOnceAndRevokesIt() {
        String writer = StaffApi.createAccount("token-screen", "WRITER");
        console.signIn(writer, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuTokens"));

        console.type(By.id("tokens:tokenName"), "newsletter tool");
        console.click(By.id("tokens:create"));
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oneTimeSecret"))).getText().strip();
        assertTrue(secret.startsWith("nrt_"), secret);
        assertEquals(200, Caller.bearer(secret, null).get(SOME_CALL).statusCode(), "the token shown works");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tokens\\:tokenTable tbody tr")));
        assertTrue(row.getText().contains("newsletter tool") && row.getText().contains(secret.substring(0, 10)), row.getText());
        console.screenshot("console-api-tokens.png");

        console.click(By.id("tokens:forget"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("oneTimeSecret")));
        assertTrue(!browser.getPageSource().contains(secret), "once put away, the secret is nowhere on the page");

        console.click(By.cssSelector("#tokens\\:tokenTable .token-revoke"));
        console.click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tokens\\:tokenTable .token-revoked")));
        assertEquals(401, Caller.bearer(secret, null).get(SOME_CALL).statusCode(), "the revoked token is refused");
    }
}
