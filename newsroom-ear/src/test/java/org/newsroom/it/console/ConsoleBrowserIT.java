package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.BrowserTest;
import org.newsroom.it.ConsoleBrowser;
import org.newsroom.it.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsroom.it.support.StaffApi;

/** The console's main journeys in Debian's headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT extends BrowserTest {

    private static final AtomicInteger STORIES = new AtomicInteger();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    ConsoleBrowserIT() {
        super(1280, 1000);
    }

    // ---- sign-in -------------------------------------------------------------------------------

    @Test
    void consoleAsksForSignInRefusesAWrongPasswordAndSignsOut() {
        String writer = StaffApi.createAccount("console-signin", "WRITER");
        browser.get(Deployments.baseUrl() + "/admin/articles.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        console.submitSignIn(writer, "not-the-password");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signIn\\:messages .ui-messages-error")));
        assertTrue(error.getText().contains("Wrong user name or password"), error.getText());

        console.submitSignIn(writer, StaffApi.PASSWORD);
        // Back where the writer wanted to go.
        wait.until(ExpectedConditions.urlContains("articles.xhtml"));
        assertTrue(browser.findElement(By.id("menuForm:whoami")).getText().contains(writer));

        console.click(By.id("menuForm:signOut"));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.get(Deployments.baseUrl() + "/admin/index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void writerCannotReachTheUsersScreenNorSeeItInTheMenu() {
        String writer = StaffApi.createAccount("console-nousers", "WRITER");
        console.signIn(writer, StaffApi.PASSWORD);
        assertTrue(browser.findElements(By.id("menuForm:menuUsers")).isEmpty());
        assertTrue(browser.findElements(By.id("menuForm:menuBreaking")).isEmpty());
        browser.get(Deployments.baseUrl() + "/admin/users.xhtml");
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#forbidden h1")));
        assertEquals("Not for your role", refusal.getText());
        assertTrue(browser.findElements(By.id("users")).isEmpty());
    }

    @Test
    void adminSeesTheUsersScreen() {
        console.signIn("admin", StaffApi.adminPassword());
        console.click(By.id("menuForm:menuUsers"));
        WebElement users = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users")));
        assertTrue(users.getText().contains("admin"));
    }

    // ---- the story's journey -------------------------------------------------------------------

    @Test
    void writerWritesEditorSendsBackWriterRevisesEditorSchedulesAndReadersSeeItWithoutTheScript() throws IOException {
        String writer = StaffApi.createAccount("console-writer", "WRITER");
        String editor = StaffApi.createAccount("console-editor", "EDITOR");
        String desk = "desk-" + StaffApi.SUFFIX;
        String headline = "Console journey " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();

        // The writer starts a story and submits it.
        console.signIn(writer, StaffApi.PASSWORD);
        console.screenshot("console-dashboard.png");
        console.click(By.id("menuForm:menuNew"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:newHeadline"))).sendKeys(headline);
        browser.findElement(By.id("editor:newDesk")).sendKeys(desk);
        console.click(By.id("editor:create"));
        waitForStatus("Draft");
        assertTrue(browser.findElement(By.id("editor:leaseMine")).isDisplayed(), "the writer holds the lease");

        typeIntoBody("Rain fell on the harbour all night and the ferries waited.");
        wait.until(ExpectedConditions.textToBe(By.id("wordCount"), "11"));
        // What a hostile paste would leave in the editor's field: the server must clean it.
        browser.executeScript("document.getElementById('editor:body_input').value = arguments[0];",
                "<p>Rain fell on the harbour all night.</p><script>document.title='owned'</script>"
                        + "<p onclick=\"alert(1)\" style=\"color:red\">Ferries <a href=\"javascript:alert(2)\">waited</a>.</p>");
        // Details: an own slug, another section, an existing tag and a new one made on the fly.
        String slug = "journey-" + StaffApi.SUFFIX + "-" + STORIES.get();
        WebElement slugField = browser.findElement(By.id("editor:slugField"));
        slugField.clear();
        slugField.sendKeys(slug);
        String section = chooseAnotherSection();
        String existingTag = field(publicGet("/api/v1/editions/en/tags").body(), "name");
        String newTag = "Journey tag " + StaffApi.SUFFIX + " " + STORIES.get();
        pickTag(existingTag);
        pickTag(newTag);
        console.click(By.id("editor:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));
        wait.until(ExpectedConditions.textToBe(By.id("editor:slug"), slug));
        console.screenshot("console-editor.png");
        console.click(By.id("editor:submit"));
        waitForStatus("In review");
        signOut();

        // The editor finds it in the desk's review queue and asks for changes.
        console.signIn(editor, StaffApi.PASSWORD);
        openFromReviewQueue(desk, headline);
        browser.findElement(By.id("editor:changesComment")).sendKeys("Say which harbour.");
        console.click(By.id("editor:requestChanges"));
        waitForStatus("Changes requested");
        signOut();

        // The writer revises from "My drafts" and submits again.
        console.signIn(writer, StaffApi.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(headline))).click();
        waitForStatus("Changes requested");
        assertTrue(browser.findElement(By.id("editor:history:comments")).getText().contains("Say which harbour."));
        WebElement summary = browser.findElement(By.id("editor:summary"));
        summary.sendKeys("Rain over Valletta's Grand Harbour.");
        console.click(By.id("editor:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));
        console.click(By.id("editor:submit"));
        waitForStatus("In review");
        signOut();

        // The editor approves and schedules it a few seconds ahead, in the desk's time zone (UTC here).
        console.signIn(editor, StaffApi.PASSWORD);
        openFromReviewQueue(desk, headline);
        console.click(By.id("editor:approve"));
        waitForStatus("Approved");
        WebElement publishAt = browser.findElement(By.id("editor:publishAt_input"));
        publishAt.clear();
        publishAt.sendKeys(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(75).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Keys.ESCAPE);
        console.click(By.id("editor:schedule"));
        waitForStatus("Scheduled");

        // When due, the scheduler publishes it; the editor's page shows it after a reload.
        String editorUrl = browser.getCurrentUrl();
        new WebDriverWait(browser, Duration.ofSeconds(150)).pollingEvery(Duration.ofSeconds(3)).until(d -> {
            d.get(editorUrl);
            return "Published".equals(d.findElement(By.id("editor:status")).getText());
        });
        String readerPath = browser.findElement(By.id("editor:readerLink")).getAttribute("href");

        assertTrue(readerPath.endsWith("/" + slug), readerPath);

        browser.get(readerPath);
        WebElement story = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.story")));
        assertEquals(section, story.findElement(By.cssSelector("p.label a")).getText());
        java.util.List<String> tags = browser.findElements(By.cssSelector("a[rel=tag]")).stream().map(WebElement::getText).toList();
        assertTrue(tags.contains(existingTag) && tags.contains(newTag), tags.toString());
        assertEquals(headline, story.findElement(By.tagName("h1")).getText());
        assertTrue(story.getText().contains("Rain fell on the harbour all night"), story.getText());
        assertFalse(browser.getPageSource().contains("document.title='owned'"), "the script was removed on save");
        assertFalse(browser.getPageSource().contains("javascript:alert"), "the javascript: link was removed");
        assertFalse(browser.getPageSource().contains("alert(1)"), "the event handler was removed");
        assertFalse("owned".equals(browser.getTitle()));
    }

    @Test
    void secondEditorOpeningTheSameStorySeesWhoHoldsTheLease() {
        String writer = StaffApi.createAccount("console-lease-writer", "WRITER");
        String first = StaffApi.createAccount("console-lease-editor1", "EDITOR");
        String second = StaffApi.createAccount("console-lease-editor2", "EDITOR");
        String headline = "Console lease " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        submittedStory(writer, headline);

        console.signIn(first, StaffApi.PASSWORD);
        openFromArticleList(console, headline);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:leaseMine")));

        try (ConsoleBrowser other = ConsoleBrowser.open(1280, 1000)) {
            other.signIn(second, StaffApi.PASSWORD);
            openFromArticleList(other, headline);
            WebElement note = other.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:leaseOther")));
            assertTrue(note.getText().startsWith(first + " is editing this story"), note.getText());
            assertTrue(other.driver().findElements(By.id("editor:save")).isEmpty(), "no save button while someone else edits");
            assertFalse(other.driver().findElements(By.id("editor:takeOver")).isEmpty(), "an editor may take over");
        }
    }

    @Test
    void articleListFindsAStoryByHeadlineAndStatus() throws IOException {
        String writer = StaffApi.createAccount("console-list-writer", "WRITER");
        String headline = "Console list " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        submittedStory(writer, headline);

        console.signIn(writer, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuArticles"));
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("articles:text")));
        text.sendKeys(headline);
        console.click(By.id("articles:apply"));
        // The new story may already be on the unfiltered first page: wait until the filter has applied.
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles\\:table_data tr"), 1));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("articles:table"), headline));
        assertEquals("In review", browser.findElement(By.cssSelector("#articles\\:table_data .status")).getText());
        console.screenshot("console-articles.png");

        // The same text with another status finds nothing.
        browser.executeScript("PF('statusFilter').selectValue('PUBLISHED');");
        console.click(By.id("articles:apply"));
        wait.until(d -> !d.findElement(By.id("articles:table")).getText().contains(headline));
    }

    @Test
    void articleListNarrowsToTheStoriesWithATag() {
        String writer = StaffApi.createAccount("console-list-tag", "WRITER");
        String words = "Console tag list " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        String tag = "List tag " + StaffApi.SUFFIX + " " + STORIES.get();
        long tagged = draftStory(writer, words + " tagged");
        draftStory(writer, words + " untagged");
        HttpResponse<String> details = StaffApi.as(writer).call("GET", "/articles/" + tagged + "/details", null);
        HttpResponse<String> described = StaffApi.as(writer).send("PUT", "/articles/" + tagged + "/details",
                details.headers().firstValue("ETag").orElseThrow(), "{\"newTags\":[\"" + tag + "\"]}");
        assertEquals(200, described.statusCode(), described.body());

        console.signIn(writer, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuArticles"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("articles:text"))).sendKeys(words);
        console.click(By.id("articles:apply"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles\\:table_data tr"), 2));

        // Tags belong to an edition: the field opens once one is chosen.
        console.choose("editionFilter", "EN");
        WebElement tagField = wait.until(ExpectedConditions.elementToBeClickable(By.id("articles:tag_input")));
        tagField.sendKeys(tag);
        console.click(By.cssSelector("[id='articles:tag_panel'] li[data-item-label='" + tag + "']"));
        console.click(By.id("articles:apply"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles\\:table_data tr"), 1));
        String table = browser.findElement(By.id("articles:table_data")).getText();
        assertTrue(table.contains(words + " tagged") && !table.contains(words + " untagged"), table);
    }

    @Test
    void aPastedEditorAddressAsksBeforeOpeningTheStory() {
        String writer = StaffApi.createAccount("console-pasted", "WRITER");
        String headline = "Console pasted " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        long id = submittedStory(writer, headline);

        console.signIn(writer, StaffApi.PASSWORD);
        browser.get(Deployments.baseUrl() + "/admin/editor.xhtml?id=" + id);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Open this story?"));
        String shown = browser.findElement(By.tagName("body")).getText();
        assertFalse(shown.contains("Exception"), "no exception on the page: " + shown);
        console.click(By.id("openStory"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Edit article"));
        assertEquals(headline, browser.findElement(By.id("editor:headline")).getAttribute("value"));
    }

    @Test
    void editorPostsABreakingLineAndRetractsIt() {
        String editor = StaffApi.createAccount("console-breaking", "EDITOR");
        String line = "Console breaking " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        console.signIn(editor, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuBreaking"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("breaking:text"))).sendKeys(line);
        console.click(By.id("breaking:post"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Posted to the en ticker."));
        // The ticker reloads from the topic message: reload the page until the line is listed.
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("breaking:current")).getText().contains(line);
        });
        WebElement row = browser.findElement(By.xpath("//tr[.//span[@class='breaking-text' and text()='" + line + "']]"));
        row.findElement(By.cssSelector(".breaking-retract")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Retracted."));
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.navigate().refresh();
            return !d.findElement(By.id("breaking:current")).getText().contains(line);
        });
    }

    @Test
    void editorAssignsTheStoryToAWriterAndStartsASpanishTranslation() {
        String writer = StaffApi.createAccount("console-assignee", "WRITER");
        String editor = StaffApi.createAccount("console-assigner", "EDITOR");
        String headline = "Console assign " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        submittedStory(writer, headline);

        console.signIn(editor, StaffApi.PASSWORD);
        openFromArticleList(console, headline);
        assertEquals("nobody", browser.findElement(By.id("editor:assigneeShown")).getText());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:assignee_input"))).sendKeys(writer);
        console.click(By.cssSelector("[id='editor:assignee_panel'] li[data-item-label='" + writer + "']"));
        console.click(By.id("editor:assign"));
        wait.until(ExpectedConditions.textToBe(By.id("editor:assigneeShown"), writer));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Assigned."));

        console.choose("translationEdition", "ES");
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.getElementById('editor:translationSection_input').options.length;")).intValue() > 0);
        console.click(By.id("editor:translate"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:translations"), "es: " + headline));
        assertTrue(browser.findElement(By.id("editor:translations")).getText().contains("Draft"));
    }

    // ---- preview, autosave, side-by-side diff ---------------------------------------------------

    @Test
    void writerPreviewsADraftAsTheReaderPageMarkedPreviewAndNeverCached() {
        String writer = StaffApi.createAccount("console-preview", "WRITER");
        String headline = "Console preview " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        console.signIn(writer, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuNew"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:newHeadline"))).sendKeys(headline);
        console.click(By.id("editor:create"));
        waitForStatus("Draft");
        typeIntoBody("The tide came in before the ferry did.");
        wait.until(ExpectedConditions.textToBe(By.id("wordCount"), "8"));
        saveAndWait();
        String id = browser.findElement(By.id("editor:articleId")).getText().substring(1);

        String consoleWindow = browser.getWindowHandle();
        console.click(By.id("editor:preview"));
        wait.until(d -> d.getWindowHandles().size() == 2);
        browser.getWindowHandles().stream().filter(h -> !h.equals(consoleWindow)).findFirst().ifPresent(h -> browser.switchTo().window(h));
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-banner")));
        assertTrue(banner.getText().startsWith("PREVIEW"), banner.getText());
        WebElement story = browser.findElement(By.cssSelector("article.story"));
        assertEquals(headline, story.findElement(By.tagName("h1")).getText());
        assertTrue(story.getText().contains("The tide came in before the ferry did."), story.getText());
        assertTrue(browser.getTitle().startsWith("PREVIEW"), browser.getTitle());
        String previewUrl = browser.getCurrentUrl();
        assertTrue(previewUrl.contains("/preview/"), previewUrl);

        // What caches and the public get: no-store, noindex; without a valid pass, nothing; the reader URL does not exist yet.
        HttpResponse<String> again = publicGet(URI.create(previewUrl).getPath());
        assertEquals(200, again.statusCode());
        assertTrue(again.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(again.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        assertEquals(404, publicGet("/preview/" + "x".repeat(43)).statusCode());
        assertEquals(404, publicGet("/api/v1/articles/" + id).statusCode(), "readers cannot reach the draft");
    }

    @Test
    void theEditorAutosavesARevisionWhileTheWriterTypesAndShowsItSideBySide() {
        String writer = StaffApi.createAccount("console-autosave", "WRITER");
        String headline = "Console autosave " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        console.signIn(writer, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuNew"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:newHeadline"))).sendKeys(headline);
        console.click(By.id("editor:create"));
        waitForStatus("Draft");
        typeIntoBody("Gulls circled the breakwater while nobody pressed save.");

        // The heartbeat (every 30 s) keeps the changed text as an AUTOSAVE revision, without a click.
        WebElement note = new WebDriverWait(browser, Duration.ofSeconds(75)).pollingEvery(Duration.ofSeconds(1))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:autosaveNote")));
        assertTrue(note.getText().contains("Autosaved as revision 2"), note.getText());
        assertTrue(browser.findElement(By.id("editor:leaseMine")).isDisplayed(), "the lease is still ours");
        WebElement revisions = browser.findElement(By.id("editor:history:revisions"));
        assertTrue(revisions.getAttribute("textContent").contains("Autosave"), revisions.getAttribute("textContent"));
        assertEquals("Gulls circled the breakwater while nobody pressed save.",
                browser.findElement(By.cssSelector("#editor\\:body .ql-editor")).getText(), "the editor was not disturbed");

        // The revisions tab compares the autosave with the draft in two columns.
        console.click(By.xpath("//*[@id='editor:history']//*[self::a or @role='tab'][normalize-space(.)='Revisions']"));
        console.click(By.xpath("//*[@id='editor:history:revisions']//tr[.//span[contains(@class,'autosave')]]//button[contains(., 'Compare')]"));
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sideBySide")));
        WebElement added = table.findElement(By.cssSelector("tr.row-added td.right .diff-added"));
        assertTrue(added.getText().contains("Gulls circled the breakwater"), added.getText());
        assertEquals("", table.findElement(By.cssSelector("tr.row-added td.left")).getText());

        // Saving afterwards is not refused as stale: the autosave did not change the story.
        saveAndWait();
    }

    @Test
    void aSaveRefusedAsStaleKeepsTheTextShowsWhatTheOtherSaveChangedAndTheNextSaveGoesOver() {
        String writer = StaffApi.createAccount("console-stale", "WRITER");
        String headline = "Console stale " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        long id = draftStory(writer, headline);
        console.signIn(writer, StaffApi.PASSWORD);
        openFromArticleList(console, headline);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:leaseMine")));

        // The same writer saves from a script meanwhile (the lease is theirs, so only the version tells).
        HttpResponse<String> current = StaffApi.as(writer).get("/articles/" + id);
        HttpResponse<String> theirs = StaffApi.as(writer).send("PUT", "/articles/" + id, StaffApi.etag(current),
                "{\"headline\":" + StaffApi.quote(headline + " from the script") + ",\"summary\":null,"
                        + "\"body\":\"<p>The harbour master saved first.</p>\"}");
        assertEquals(200, theirs.statusCode(), theirs.body());

        typeIntoBody("My own words stay in the editor.");
        console.click(By.id("editor:save"));
        WebElement by = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:staleBy")));
        assertTrue(by.getText().startsWith("This story was changed by " + writer), by.getText());
        String stale = browser.findElement(By.id("editor:stale")).getText();
        assertTrue(stale.contains(headline + " from the script"), "the other headline is shown: " + stale);
        WebElement added = browser.findElement(By.cssSelector("#staleBody .diff-added"));
        assertTrue(added.getText().contains("harbour"), "their body words are marked added: " + added.getText());
        assertTrue(browser.findElement(By.cssSelector("#editor\\:body .ql-editor")).getText().contains("My own words stay in the editor."),
                "the caller's text is still in the editor");
        assertEquals(headline, browser.findElement(By.id("editor:headline")).getAttribute("value"));

        // Having looked, the next save is made over their version on purpose, and the note goes.
        saveAndWait();
        assertTrue(browser.findElements(By.id("editor:stale")).isEmpty(), "no stale note after a save that went through");
        assertEquals(headline, field(StaffApi.as(writer).get("/articles/" + id).body(), "headline"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static HttpResponse<String> publicGet(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Deployments.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves and waits for this save's own message (the one before it may say "Saved." too). */
    private void saveAndWait() {
        java.util.List<WebElement> before = browser.findElements(By.cssSelector("#messages *"));
        console.click(By.id("editor:save"));
        if (!before.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(before.get(0)));
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));
    }

    /** Picks a section other than the current one in the details panel; returns its name. */
    private String chooseAnotherSection() {
        String chosen = (String) browser.executeScript(
                "var select = document.getElementById('editor:sectionField_input');"
                        + "var other = select.options[select.options.length - 1];"
                        + "PF('sectionField').selectValue(other.value); return other.text;");
        return chosen;
    }

    /** Types into the tag field and picks the suggestion with exactly that name (the typed text is offered for a new tag). */
    private void pickTag(String name) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("editor:tags_input")));
        input.sendKeys(name);
        console.click(By.cssSelector("[id='editor:tags_panel'] li[data-item-label='" + name + "']"));
        wait.until(d -> d.findElement(By.id("editor:tags")).getText().contains(name));
    }

    /** A story in review, made through the staff API (what the browser tests above do by hand). */
    private static long submittedStory(String writer, String headline) {
        HttpResponse<String> sections = StaffApi.as(writer).call("GET", "/articles/sections?edition=en", null);
        String sectionId = field(sections.body(), "id");
        HttpResponse<String> created = StaffApi.as(writer).call("POST", "/articles", "{\"edition\":\"en\",\"headline\":\"" + headline
                + "\",\"sectionId\":" + sectionId + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> submitted = StaffApi.as(writer).transition(id, "submit", etag);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    /** A draft, made through the staff API. */
    private static long draftStory(String writer, String headline) {
        HttpResponse<String> sections = StaffApi.as(writer).call("GET", "/articles/sections?edition=en", null);
        HttpResponse<String> created = StaffApi.as(writer).call("POST", "/articles", "{\"edition\":\"en\",\"headline\":\"" + headline
                + "\",\"sectionId\":" + field(sections.body(), "id") + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(field(created.body(), "id"));
    }

    private void signOut() {
        console.click(By.id("menuForm:signOut"));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    private static void openFromArticleList(ConsoleBrowser browser, String headline) {
        browser.driver().findElement(By.id("menuForm:menuArticles")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("articles:text"))).sendKeys(headline);
        browser.driver().findElement(By.id("articles:apply")).click();
        clickLinkOnceSettled(browser.await(), headline);
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:status")));
    }

    private void openFromReviewQueue(String desk, String headline) {
        WebElement deskField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:desk")));
        deskField.sendKeys(desk, Keys.TAB);
        clickLinkOnceSettled(wait, headline);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Edit article"));
        assertEquals(headline, browser.findElement(By.id("editor:headline")).getAttribute("value"));
    }

    /** AJAX updates replace the list under the pointer: click the link once it stays put. */
    private static void clickLinkOnceSettled(WebDriverWait until, String text) {
        until.until(d -> {
            try {
                d.findElement(By.linkText(text)).click();
                return true;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException replaced) {
                return false;
            }
        });
    }

    private void typeIntoBody(String text) {
        WebElement body = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#editor\\:body .ql-editor")));
        body.click();
        body.sendKeys(text);
    }

    private void waitForStatus(String status) {
        wait.until(ExpectedConditions.textToBe(By.id("editor:status"), status));
    }
}
