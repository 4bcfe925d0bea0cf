package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.BrowserTest;
import org.newsroom.it.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader's open page: a breaking item posted through the staff API appears in its ticker without a reload. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BreakingTickerBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    BreakingTickerBrowserIT() {
        super(1280, 900);
    }

    @Test
    void tickerShowsANewItemWithoutReload() throws Exception {
        browser.get(Deployments.baseUrl() + "/es/");
        Object pageMark = browser.executeScript("return window.newsroomPageMark = Math.random();");
        String text = "Última hora de prueba " + System.nanoTime();

        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/breaking"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + System.getenv("NEWSROOM_ADMIN_PASSWORD")).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"edition\":\"es\",\"text\":\"" + text + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, posted.statusCode(), posted.body());

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                driver.findElement(By.cssSelector("[data-breaking-ticker]")).getText().contains(text));
        // The same document, not a reload: the mark set before posting is still there.
        assertEquals(pageMark, browser.executeScript("return window.newsroomPageMark;"));
        assertEquals(text, browser.findElement(By.cssSelector("[data-breaking-ticker] li")).getText().strip(),
                "the newest item is not first");
    }
}
