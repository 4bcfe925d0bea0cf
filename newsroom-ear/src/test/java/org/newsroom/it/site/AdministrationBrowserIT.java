package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.BrowserTest;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsroom.it.support.StaffApi;

/** The administration screens in Debian's headless Chromium: users and roles, the schedule calendar, taxonomy, site texts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    AdministrationBrowserIT() {
        super(1280, 1000);
    }

    @Test
    void adminCreatesAUserWithAGeneratedPasswordAndThatUserSignsIn() {
        String username = "site-new-" + StaffApi.SUFFIX;
        console.signIn("admin", StaffApi.adminPassword());
        console.click(By.id("menuForm:menuUsers"));

        // A weak typed password is refused with the rule, and nothing typed is lost.
        console.type(By.id("staff:newUsername"), username);
        console.type(By.id("staff:newName"), "Site New Person");
        console.type(By.id("staff:newDesks"), "politics, sport");
        console.click(By.cssSelector("#staff\\:generate .ui-chkbox-box"));
        WebElement typed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff:newPassword")));
        typed.sendKeys("weakpass");
        console.click(By.id("staff:create"));
        errorContaining("at least 12 characters");
        assertEquals(username, browser.findElement(By.id("staff:newUsername")).getAttribute("value"));

        // With a generated password the account is made and the password is shown once.
        console.click(By.cssSelector("#staff\\:generate .ui-chkbox-box"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("staff:newPassword")));
        console.click(By.id("staff:create"));
        String password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oneTimePassword"))).getText().strip();
        assertTrue(password.length() >= 20, password);
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.user-" + username)));
        assertTrue(row.getText().contains("Writer"), row.getText());
        assertTrue(row.getText().contains("politics"), row.getText());
        console.click(By.id("staff:forget"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("oneTimePassword")));
        console.screenshot("console-users.png");

        // The same name again: a clear refusal.
        console.type(By.id("staff:newUsername"), username);
        console.click(By.id("staff:create"));
        errorContaining("is taken");

        // The admin cannot disable their own account.
        console.click(By.cssSelector("tr.user-admin .user-disable"));
        errorContaining("your own account");

        console.click(By.id("menuForm:signOut"));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        console.signIn(username, password);
        assertTrue(browser.findElement(By.id("menuForm:whoami")).getText().contains(username));
        assertTrue(browser.findElements(By.id("menuForm:menuUsers")).isEmpty());
    }

    @Test
    void adminDisablesAUserWhoThenCannotSignIn() {
        String writer = StaffApi.createAccount("site-disabled", "WRITER");
        console.signIn("admin", StaffApi.adminPassword());
        console.click(By.id("menuForm:menuUsers"));
        console.click(By.cssSelector("tr.user-" + writer + " .user-disable"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr.user-" + writer + " .enabled-state"), "No"));
        console.click(By.id("menuForm:signOut"));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.findElement(By.id("signIn:username")).sendKeys(writer);
        browser.findElement(By.id("signIn:password")).sendKeys(StaffApi.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signIn\\:messages .ui-messages-error")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void aWriterCannotReachTheAdministrationPages() {
        String writer = StaffApi.createAccount("site-writer", "WRITER");
        console.signIn(writer, StaffApi.PASSWORD);
        assertTrue(browser.findElements(By.id("menuForm:menuUsers")).isEmpty());
        for (String page : new String[] {"users.xhtml", "taxonomy.xhtml", "site.xhtml"}) {
            browser.get(Deployments.baseUrl() + "/admin/" + page);
            WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#forbidden h1")));
            assertEquals("Not for your role", refusal.getText(), page);
            assertTrue(browser.findElements(By.id("staff")).isEmpty(), page);
        }
    }

    @Test
    void theCalendarShowsAScheduledStoryAndADragReschedulesIt() {
        String editor = StaffApi.createAccount("site-calendar", "EDITOR");
        // Ten o'clock UTC two days ahead: inside the month view the calendar opens on, or its trailing days.
        Instant publishAt = LocalDate.now(ZoneOffset.UTC).plusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC);
        String headline = "Calendar story " + StaffApi.SUFFIX;
        long id = StaffApi.as(editor).scheduledStory(headline, publishAt);

        console.signIn(editor, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuSchedule"));
        By story = By.cssSelector(".calendar-publication.article-" + id);
        WebElement event = wait.until(ExpectedConditions.visibilityOfElementLocated(story));
        assertTrue(event.getText().contains(headline), event.getText());
        console.screenshot("console-schedule.png");
        String day = LocalDate.ofInstant(publishAt, ZoneOffset.UTC).toString();
        assertFalse(browser.findElements(By.cssSelector("td[data-date='" + day + "'] .article-" + id)).isEmpty());

        // Drag it one day later.
        String nextDay = LocalDate.ofInstant(publishAt, ZoneOffset.UTC).plusDays(1).toString();
        WebElement target = browser.findElement(By.cssSelector("td[data-date='" + nextDay + "']"));
        new Actions(browser).clickAndHold(event).pause(Duration.ofMillis(300)).moveByOffset(5, 5).pause(Duration.ofMillis(200))
                .moveToElement(target).pause(Duration.ofMillis(300)).release().perform();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info")));
        assertTrue(done.getText().contains("Rescheduled for " + nextDay + " 10:00"), done.getText());
        // The calendar reloaded from the database shows it on the new day; the service has the new time.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td[data-date='" + nextDay + "'] .article-" + id)));
        String stored = StaffApi.as(editor).get("/articles/" + id).body();
        assertEquals(publishAt.plus(1, ChronoUnit.DAYS), Instant.parse(field(stored, "publishAt")), stored);
        assertEquals("SCHEDULED", field(stored, "status"));

        // A click opens it in the editor.
        console.click(By.cssSelector("td[data-date='" + nextDay + "'] .article-" + id));
        wait.until(ExpectedConditions.urlContains("editor.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:status")));
        assertTrue(browser.getPageSource().contains(headline));
    }

    /**
     * Renames a tag of the demo content that has stories, checks its reader page before
     * (so the page cache holds the old name) and after, then puts the old name back.
     */
    @Test
    void aRenamedTagShowsOnTheReaderTagPage() {
        String chief = StaffApi.createAccount("site-chief", "CHIEF_EDITOR");
        console.signIn(chief, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuTaxonomy"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='tags:list'] tbody tr")));
        String slug = row.getAttribute("class").replaceAll(".*\\btag-(\\S+).*", "$1");
        String oldName = row.findElement(By.cssSelector(".tag-name")).getText();
        console.screenshot("console-taxonomy.png");
        String readerPage = Deployments.baseUrl() + "/en/tag/" + slug + "/";
        String newName = "Renamed tag " + StaffApi.SUFFIX;

        ChromeDriver reader = HeadlessChromium.open(1000, 800);
        try {
            reader.get(readerPage);
            assertTrue(reader.findElement(By.tagName("h1")).getText().endsWith(oldName));
            rename(slug, newName);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), newName));
            // The cache entry is dropped when the ContentChanged message arrives (asynchronously).
            new WebDriverWait(reader, Duration.ofSeconds(15)).until(d -> {
                d.navigate().refresh();
                return d.findElement(By.tagName("h1")).getText().endsWith(newName);
            });
        } finally {
            reader.quit();
            rename(slug, oldName);
        }
    }

    /**
     * A chief editor creates a top-level section in the English edition: the address is
     * proposed from the name as it is typed, the new section shows in the tree and its page
     * on the reader site; then the chief editor deletes it (it has no stories) and its page goes.
     */
    @Test
    void aChiefEditorCreatesASectionSeesItInTheTreeAndDeletesIt() {
        String chief = StaffApi.createAccount("site-sections", "CHIEF_EDITOR");
        String name = "Browser desk " + StaffApi.SUFFIX;
        String slug = "browser-desk-" + StaffApi.SUFFIX;
        console.signIn(chief, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuTaxonomy"));
        console.click(By.cssSelector("a[href$='sectionsTab']"));
        console.type(By.cssSelector("[id$='sections:newName']"), name);
        wait.until(d -> slug.equals(d.findElement(By.cssSelector("[id$='sections:newSlug']")).getAttribute("value")));
        console.settle();
        console.click(By.cssSelector("[id$='sections:create']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "/en/" + slug + "/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".section-name.section-" + slug), name));
        console.screenshot("console-taxonomy-sections.png");
        assertEquals(200, status("/en/" + slug + "/"));
        assertTrue(get("/en/" + slug + "/").contains(name), "the reader site has the section's page");

        console.click(By.xpath("//tr[.//span[contains(@class,'section-" + slug + "')]]//button[contains(@class,'section-delete')]"));
        console.click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "deleted"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".section-name.section-" + slug)));
        // The page cache lets the page go when the SITE message arrives, asynchronously.
        wait.until(d -> status("/en/" + slug + "/") == 404);
    }

    /**
     * A chief editor pins the oldest story of a demo coverage: it takes place 1 in the console
     * and leads the coverage's reader page; unpinned, the page is newest first again.
     */
    @Test
    void aChiefEditorPinsACoverageStoryToTheTopOfItsReaderPage() {
        String chief = StaffApi.createAccount("site-pins", "CHIEF_EDITOR");
        console.signIn(chief, StaffApi.PASSWORD);
        console.click(By.id("menuForm:menuTaxonomy"));
        console.click(By.cssSelector("a[href$='coveragesTab']"));
        // A demo coverage with two published stories or more and nothing pinned yet (other tests pin in their own).
        List<String> candidates = wait.until(d -> d.findElements(By.cssSelector("[id$='coverages:list'] tbody tr")).stream()
                .filter(row -> Integer.parseInt(row.findElements(By.tagName("td")).get(2).getText().strip()) >= 2)
                .map(row -> row.findElements(By.tagName("td")).get(1).getText().strip()).toList());
        By stories = By.cssSelector("[id$='coverages:stories'] tbody tr");
        String chosen = null;
        for (String slug : candidates) {
            String name = browser.findElement(By.xpath("//tbody[contains(@id,'coverages:list')]/tr[td[2][normalize-space()='"
                    + slug + "']]/td[1]")).getText().strip();
            console.click(By.xpath("//tbody[contains(@id,'coverages:list')]/tr[td[2][normalize-space()='" + slug + "']]//button"));
            wait.until(d -> d.findElements(By.tagName("legend")).stream().anyMatch(legend -> legend.getText().contains(name)));
            console.settle();
            List<WebElement> rows = browser.findElements(stories);
            boolean nothingPinned = rows.stream().allMatch(row -> row.findElements(By.tagName("td")).get(1).getText().isBlank());
            long published = rows.stream().filter(row -> "Published".equals(row.findElements(By.tagName("td")).get(3).getText().strip()))
                    .count();
            if (nothingPinned && published >= 2) {
                chosen = slug;
                break;
            }
        }
        assertNotNull(chosen, "no demo coverage with two published stories and no pins");
        String readerPage = "/en/coverage/" + chosen + "/";
        int last = browser.findElements(stories).size();
        while (!"Published".equals(browser.findElements(stories).get(last - 1).findElements(By.tagName("td")).get(3).getText().strip())) {
            last--; // only a published story can lead the reader page
        }
        String oldest = browser.findElements(stories).get(last - 1).findElements(By.tagName("td")).get(2).getText();
        assertFalse(oldest.equals(firstTeaser(readerPage)), "the oldest story already leads the page");

        console.click(By.xpath("//tbody[contains(@id,'coverages:stories')]/tr[" + last + "]//button[contains(@id,':pin')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "Pinned"));
        WebElement lead = wait.until(d -> d.findElements(stories).get(0));
        assertEquals(oldest, lead.findElements(By.tagName("td")).get(2).getText(), "the pinned story goes first in the list");
        assertEquals("1", lead.findElements(By.tagName("td")).get(1).getText().strip(), "place 1");
        console.screenshot("console-coverage-pins.png");
        // The coverage page is dropped from the page cache when the change message arrives.
        wait.until(d -> oldest.equals(firstTeaser(readerPage)));

        console.click(By.xpath("//tbody[contains(@id,'coverages:stories')]/tr[1]//button[contains(@id,':unpin')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "Unpinned"));
        wait.until(d -> !oldest.equals(firstTeaser(readerPage)));
    }

    private static int rowNumber(WebElement row) {
        return row.findElements(By.xpath("preceding-sibling::tr")).size() + 1;
    }

    private static String firstTeaser(String readerPage) {
        return Jsoup.parse(get(readerPage)).selectFirst("main .teaser-title a").text();
    }

    /** The Spanish edition's slogan and about page, edited in the console, on the reader site; then back to the built-in texts. */
    @Test
    void anEditedSloganAndAboutPageShowOnTheReaderSite() {
        String slogan = "Lema de prueba " + StaffApi.SUFFIX;
        console.signIn("admin", StaffApi.adminPassword());
        console.click(By.id("menuForm:menuSite"));
        chooseSpanish();
        ChromeDriver reader = HeadlessChromium.open(1000, 800);
        try {
            reader.get(Deployments.baseUrl() + "/es/");
            String builtIn = reader.findElement(By.cssSelector(".slogan")).getText();
            assertFalse(builtIn.contains(slogan));
            String name = "Diario de prueba " + StaffApi.SUFFIX;
            console.type(By.id("site:name"), name);
            console.type(By.id("site:slogan"), slogan);
            console.click(By.id("site:saveEdition"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "es edition"));
            new WebDriverWait(reader, Duration.ofSeconds(15)).until(d -> {
                d.navigate().refresh();
                return d.findElement(By.cssSelector(".slogan")).getText().equals(slogan);
            });
            // Machines are told the edited name too: the edition's feed and its structured data.
            assertTrue(get("/feeds/es/feed.atom").contains("<title>" + name + "</title>"), "feed title");
            assertTrue(get("/es/").contains("\"name\":\"" + name + "\""), "JSON-LD publisher");

            console.type(By.id("site:pageTitle"), "Quiénes somos " + StaffApi.SUFFIX);
            WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#site\\:pageBody .ql-editor")));
            body.click();
            body.sendKeys("Un diario escrito para el proyecto.");
            console.screenshot("console-site.png");
            console.click(By.id("site:savePage"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "/es/about/"));
            reader.get(Deployments.baseUrl() + "/es/about/");
            assertEquals("Quiénes somos " + StaffApi.SUFFIX, reader.findElement(By.tagName("h1")).getText());
            assertTrue(reader.findElement(By.cssSelector(".static-page")).getText().contains("Un diario escrito para el proyecto."));
        } finally {
            reader.quit();
            console.click(By.id("site:resetEdition"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "built-in text: es."));
            console.click(By.id("site:resetPage"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), "built-in text: /es/about/"));
        }
    }

    private static String get(String path) {
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int status(String path) {
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The site screen re-renders its form for the chosen edition. */
    private void chooseSpanish() {
        console.choose("siteEdition", "ES");
        wait.until(ExpectedConditions.textToBe(By.id("site:edition_label"), "es"));
    }

    private void rename(String slug, String name) {
        By field = By.cssSelector("tr.tag-" + slug + " .tag-new-name");
        console.type(field, name);
        console.click(By.cssSelector("tr.tag-" + slug + " .tag-rename"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr.tag-" + slug + " .tag-name"), name));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void errorContaining(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-error"), text));
    }
}
