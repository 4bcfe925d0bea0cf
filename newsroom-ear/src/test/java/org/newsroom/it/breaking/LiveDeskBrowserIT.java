package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two browsers: an editor at the console's live desk, a reader on the live story's page.
 * Entries posted, promoted and removed at the desk, and a retraction at the breaking desk,
 * show on the reader's open page without a reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveDeskBrowserIT {

    private static final String PASSWORD = "live-desk-test-password-1";

    private ChromeDriver editor;
    private ChromeDriver reader;
    private WebDriverWait editorWait;
    private WebDriverWait readerWait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowsers() {
        editor = HeadlessChromium.open(1280, 1000);
        reader = HeadlessChromium.open(1280, 900);
        editorWait = new WebDriverWait(editor, Duration.ofSeconds(20));
        editorWait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
        readerWait = new WebDriverWait(reader, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowsers() {
        if (editor != null) {
            editor.quit();
        }
        if (reader != null) {
            reader.quit();
        }
    }

    @Test
    void entriesPostedPromotedAndRemovedAtTheDeskChangeTheReadersOpenPage() {
        String editorName = createEditor();
        signIn(editorName);

        // The breaking desk lists the live stories; open a published one's desk.
        editor.get(Deployments.baseUrl() + "/admin/breaking.xhtml");
        WebElement publishedRow = editorWait.until(d -> d.findElements(By.cssSelector("[id$='liveStories'] tbody tr"))
                .stream().filter(row -> row.getText().contains("Published")).findFirst().orElse(null));
        publishedRow.findElement(By.cssSelector("a.live-story-link")).click();
        WebElement readerLink = editorWait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(., 'Reader page')]")));
        String readerPage = readerLink.getAttribute("href");
        assertNotNull(readerPage);

        reader.get(readerPage);
        readerWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-live-article]")));
        Object mark = reader.executeScript("return window.newsroomPageMark = Math.random();");

        String headline = "Desk entry " + UUID.randomUUID().toString().substring(0, 8);
        editor.findElement(By.id("live:headline")).sendKeys(headline);
        editor.findElement(By.id("live:text")).sendKeys("Turnout is higher than at the last election.\n\n<b>Not bold</b>");
        click(By.id("live:add"));
        editorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Entry posted"));

        // New entries appear on top of the reader's list, the typed markup shown as text.
        readerWait.until(d -> d.findElement(By.cssSelector("[data-live-article] .live-entries li")).getText().contains(headline));
        WebElement newest = reader.findElement(By.cssSelector("[data-live-article] .live-entries li"));
        assertFalse(newest.findElements(By.cssSelector(".live-body b")).size() > 0, "typed markup became HTML");
        assertEquals(2, newest.findElements(By.cssSelector(".live-body p")).size(), "paragraphs");

        // One click puts it on the ticker of the reader's edition.
        click(By.xpath("//tr[.//span[contains(@class,'live-headline') and text()='" + headline + "']]//button[contains(@class,'live-promote')]"));
        editorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ticker now"));
        readerWait.until(d -> d.findElement(By.cssSelector("[data-breaking-ticker]")).getText().contains(headline));

        // Removing the entry takes it off the reader's page.
        click(By.xpath("//tr[.//span[contains(@class,'live-headline') and text()='" + headline + "']]//button[contains(@class,'live-remove')]"));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        editorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Entry removed"));
        readerWait.until(d -> !d.findElement(By.cssSelector("[data-live-article]")).getText().contains(headline));

        // Retracting the ticker item at the breaking desk takes it off the reader's ticker.
        editor.get(Deployments.baseUrl() + "/admin/breaking.xhtml");
        click(By.xpath("//tr[.//span[@class='breaking-text' and text()='" + headline + "']]//button[contains(@class,'breaking-retract')]"));
        editorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Retracted."));
        readerWait.until(d -> !d.findElement(By.cssSelector("[data-breaking-ticker]")).getText().contains(headline));

        assertEquals(mark, reader.executeScript("return window.newsroomPageMark;"), "the reader's page was reloaded");
    }

    private void click(By target) {
        editorWait.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private void signIn(String username) {
        editor.get(Deployments.baseUrl() + "/admin/");
        WebElement name = editorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username")));
        name.sendKeys(username);
        editor.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        editor.findElement(By.id("signIn:submit")).click();
        editorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menuForm:whoami"), username));
    }

    /** A new EDITOR account for this run, made by the admin through the staff API. */
    private static String createEditor() {
        String admin = System.getenv("NEWSROOM_ADMIN_PASSWORD");
        assertFalse(admin == null || admin.isBlank(), "the build passes NEWSROOM_ADMIN_PASSWORD");
        String username = "live-desk-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1/users"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + admin).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"displayName\":\""
                            + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"EDITOR\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return username;
    }
}
