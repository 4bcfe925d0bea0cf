package org.newsroom.it.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A writer's pictures in Debian's headless Chromium: from the upload to the reader page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    MediaBrowserIT() {
        super(1280, 1100);
    }

    @Test
    void writerUploadsDescribesLeadsAndPlacesAPictureAndReadersSeeItWithItsAltText() throws IOException {
        String writer = StaffApi.createAccount("media-writer", "WRITER");
        String editor = StaffApi.createAccount("media-editor", "EDITOR");
        String word = "Lighthouse" + StaffApi.SUFFIX;
        String alt = "A red and white lighthouse on a rocky point at dusk";
        String caption = "The " + word + " keeps its lamp lit through the storm.";
        String headline = "Storm lamp " + StaffApi.SUFFIX;
        Path picture = Files.createTempFile("lighthouse-", ".png");
        Files.write(picture, TestPictures.picture("png", 1400, 900));
        Path program = Files.createTempFile("setup-", ".png");
        Files.write(program, TestPictures.program());

        // The writer uploads a renamed program (refused) and a real picture in the media library.
        signIn(writer);
        console.click(By.id("menuForm:menuMedia"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("media:upload_input")));
        upload.sendKeys(program.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is not a PNG, JPEG or GIF image"));
        upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("media:upload_input")));
        upload.sendKeys(picture.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Uploaded " + picture.getFileName()));

        // ... and describes it.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("media:altText"))).sendKeys(alt);
        browser.findElement(By.id("media:caption")).sendKeys(caption);
        browser.findElement(By.id("media:credit")).sendKeys("Newsroom staff");
        console.click(By.id("media:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved the description"));
        console.screenshot("console-media.png");

        // A new story: the picture leads it and goes into the body at the cursor.
        console.click(By.id("menuForm:menuNew"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:newHeadline"))).sendKeys(headline);
        console.click(By.id("editor:create"));
        wait.until(ExpectedConditions.textToBe(By.id("editor:status"), "Draft"));
        WebElement body = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#editor\\:body .ql-editor")));
        body.click();
        body.sendKeys("The keepers stayed on the point all night.");

        console.click(By.id("editor:chooseLead"));
        pick(word);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Lead image set."));
        wait.until(ExpectedConditions.textToBe(By.id("editor:leadCaption"), caption));

        console.click(By.id("editor:insertImage"));
        pick(word);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor\\:body .ql-editor img")));
        console.click(By.id("editor:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));
        WebElement placed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor\\:body .ql-editor img")));
        assertEquals(alt, placed.getAttribute("alt"), "the stored picture carries the library's alt text");
        String placedHtml = browser.findElement(By.cssSelector("#editor\\:body .ql-editor")).getAttribute("innerHTML");
        assertTrue(placedHtml.indexOf("The keepers stayed") >= 0 && placedHtml.indexOf("The keepers stayed") < placedHtml.indexOf("<img"),
                "the picture went in where the cursor was, after the text: " + placedHtml);
        console.screenshot("console-editor-pictures.png");
        console.click(By.id("editor:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("editor:status"), "In review"));
        long id = Long.parseLong(browser.findElement(By.id("editor:articleId")).getText().replace("#", "").strip());

        // An editor approves and publishes it through the staff API.
        String etag = StaffApi.as(editor).call("GET", "/articles/" + id, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> approved = StaffApi.as(editor).transition(id, "approve", etag);
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> published = StaffApi.as(editor).transition(id, "publish", StaffApi.etag(approved));
        assertEquals(200, published.statusCode(), published.body());

        // Readers see the lead picture with caption and credit, and the body picture, both described and responsive.
        // The editor is a protected view: open it from the article list, as staff do.
        console.click(By.id("menuForm:menuArticles"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("articles:text"))).sendKeys(headline);
        console.click(By.id("articles:apply"));
        wait.until(d -> {
            try {
                d.findElement(By.linkText(headline)).click();
                return true;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException replaced) {
                return false;
            }
        });
        wait.until(ExpectedConditions.textToBe(By.id("editor:status"), "Published"));
        String readerPath;
        try {
            readerPath = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:readerLink"))).getAttribute("href");
        } catch (org.openqa.selenium.TimeoutException e) {
            console.screenshot("media-failure.png");
            Files.writeString(Path.of("target/screenshots/media-failure.html"), browser.getPageSource());
            throw e;
        }
        browser.get(readerPath);
        WebElement story = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.story")));
        WebElement lead = story.findElement(By.cssSelector("figure.lead-image img"));
        assertEquals(alt, lead.getAttribute("alt"));
        assertTrue(lead.getAttribute("srcset").contains("1024w"), lead.getAttribute("srcset"));
        assertTrue(story.findElement(By.cssSelector("figure.lead-image figcaption")).getText().contains("Newsroom staff"));
        List<WebElement> inBody = story.findElements(By.cssSelector(".story-body figure.body-image img"));
        assertEquals(1, inBody.size());
        assertEquals(alt, inBody.get(0).getAttribute("alt"));
        assertTrue(inBody.get(0).getAttribute("srcset").contains("320w"), inBody.get(0).getAttribute("srcset"));
        assertEquals(caption + " (Newsroom staff)", story.findElement(By.cssSelector(".story-body figure.body-image figcaption")).getText());
        wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", inBody.get(0)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", inBody.get(0));
        console.screenshot("reader-pictures.png");
    }

    /** Finds the described picture by a word of its caption in the picker and uses it. */
    private void pick(String word) {
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mediaPicker:text")));
        search.clear();
        search.sendKeys(word);
        console.click(By.id("mediaPicker:apply"));
        wait.until(d -> d.findElements(By.cssSelector("#mediaPicker\\:assets .pick-asset")).size() == 1
                && d.findElement(By.id("mediaPicker:assets")).getText().contains(word));
        console.click(By.cssSelector("#mediaPicker\\:assets .pick-asset"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mediaPicker:dialog")));
    }

    private void signIn(String username) {
        console.signIn(username, StaffApi.PASSWORD);
    }

}
