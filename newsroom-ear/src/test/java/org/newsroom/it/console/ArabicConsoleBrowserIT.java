package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;
import org.newsroom.it.BrowserTest;
import org.newsroom.it.ConsoleBrowser;
import org.newsroom.it.support.ConsoleWords;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An Arabic desk in the console, in Debian's headless Chromium: a writer whose browser asks for English
 * picks Arabic, writes, saves and submits a story; an editor whose browser asks for Arabic gets the console
 * in Arabic from the sign-in page on and approves it. Every page is {@code dir="rtl"}, and no label,
 * button, heading or menu item on it is an English word of the console's bundle. A refusal of the services
 * (a headline whose slug is taken) is said in Arabic, with no word of its English sentence, and so are the
 * Preview link's answers when it names no story or one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArabicConsoleBrowserIT extends BrowserTest {

    private static final ConsoleWords ENGLISH = ConsoleWords.of("en");
    private static final ConsoleWords ARABIC = ConsoleWords.of("ar");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    ArabicConsoleBrowserIT() {
        super(1280, 1000);
    }

    @Test
    void anArabicDeskWritesSubmitsAndApprovesRightToLeft() {
        String writer = StaffApi.createAccount("console-ar-writer", "WRITER");
        String editor = StaffApi.createAccount("console-ar-editor", "EDITOR");
        String headline = "رياح قوية تؤخر العبارات في الميناء " + StaffApi.SUFFIX;

        console.signIn(writer, StaffApi.PASSWORD);
        assertEquals("ltr", direction(browser), "an English browser gets the English console first");
        console.click(By.id("menuForm:languageAr"));
        wait.until(d -> "rtl".equals(direction(browser)));
        assertEquals("ar", browser.findElement(By.tagName("html")).getAttribute("lang"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                ARABIC.format("language.saved", ARABIC.get("language.ar"))));
        assertTrue(browser.findElement(By.id("menuForm:whoami")).getText().contains(ARABIC.get("role.WRITER")));
        assertNoEnglishLabel(browser);
        // The Preview link's answers follow the account's choice, though this browser asks for English.
        assertEquals("404 rtl " + Refusal.of(Reason.NO_STORY, 999999999L).in(Locale.forLanguageTag("ar")),
                previewAnswer("?id=999999999"));
        assertEquals("400 rtl " + ARABIC.get("editor.preview.noStory"), previewAnswer(""));

        console.click(By.id("menuForm:menuNew"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:newHeadline"))).sendKeys(headline);
        String desk = "desk-ar-" + StaffApi.SUFFIX;
        browser.findElement(By.id("editor:newDesk")).sendKeys(desk);
        console.click(By.id("editor:create"));
        waitForStatus("status.DRAFT");
        browser.findElement(By.id("editor:summary")).sendKeys("تأجلت رحلات الصباح حتى تهدأ الرياح.");
        console.click(By.id("editor:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), ARABIC.get("editor.saved")));
        assertEquals("rtl", direction(browser));
        assertNoEnglishLabel(browser);
        browser.executeScript("window.scrollTo(0, 0);");
        console.screenshot("console-arabic-editor.png");
        console.click(By.id("editor:submit"));
        waitForStatus("status.IN_REVIEW");
        HttpResponse<String> onTheDesk = StaffApi.as(writer).get("/articles?desk=" + desk);
        assertEquals(200, onTheDesk.statusCode(), onTheDesk.body());
        long story = Long.parseLong(field(onTheDesk.body(), "id")); // the one story on this run's desk

        // The services' refusals are said in Arabic too: a second story with the same headline wants a slug in use.
        console.click(By.id("menuForm:menuNew"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:newHeadline"))).sendKeys(headline);
        console.click(By.id("editor:create"));
        Refusal slugTaken = Refusal.of(Reason.SLUG_TAKEN_CHANGE_HEADLINE, Slug.from(headline).value());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), slugTaken.in(Locale.forLanguageTag("ar"))));
        assertNoEnglishOf(slugTaken, browser.findElement(By.id("messages")).getText());

        try (ConsoleBrowser arabicDesk = ConsoleBrowser.open(1280, 1000, "ar")) {
            ChromeDriver arabic = arabicDesk.driver();
            arabic.get(Deployments.baseUrl() + "/admin/");
            arabicDesk.await().until(d -> "rtl".equals(direction(arabic)));
            assertEquals(ARABIC.get("signin.submit"), arabic.findElement(By.id("signIn:submit")).getText());
            arabicDesk.submitSignIn(editor, StaffApi.PASSWORD);
            arabicDesk.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("menuForm:whoami"), editor));
            assertEquals("rtl", direction(arabic));
            assertNoEnglishLabel(arabic);
            // Headlines of every edition sit in this right-to-left page: each link sets its own direction.
            List<WebElement> headlines = arabic.findElements(By.cssSelector("main a[href*='editor.xhtml']"));
            assertTrue(!headlines.isEmpty(), "no story links on the dashboard");
            headlines.forEach(link -> assertEquals("auto", link.getAttribute("dir"), link.getText()));
            arabic.get(Deployments.baseUrl() + "/admin/editor.xhtml?id=" + story); // a typed address asks first
            arabicDesk.click(By.id("openStory"));
            arabicDesk.await().until(ExpectedConditions.textToBe(By.id("editor:status"), ARABIC.get("status.IN_REVIEW")));
            arabicDesk.click(By.id("editor:approve"));
            arabicDesk.await().until(ExpectedConditions.textToBe(By.id("editor:status"), ARABIC.get("status.APPROVED")));
            assertEquals("rtl", direction(arabic));
            assertNoEnglishLabel(arabic);
        }

        // The writer's choice is kept with the account: another browser that asks for English still gets Arabic.
        try (ConsoleBrowser elsewhere = ConsoleBrowser.open(1280, 1000)) {
            elsewhere.signIn(writer, StaffApi.PASSWORD);
            assertEquals("rtl", direction(elsewhere.driver()));
        }
    }

    /** Status, direction and sentence of the console's Preview link asked from the signed-in page, as its own link would. */
    private String previewAnswer(String query) {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('" + "/admin/preview" + query + "', {redirect: 'manual'}).then(r => r.text().then(t => {"
                + " const page = new DOMParser().parseFromString(t, 'text/html');"
                + " done(r.status + ' ' + page.documentElement.dir + ' ' + page.getElementById('previewRefused').textContent); }))"
                + ".catch(e => done('failed: ' + e));");
    }

    private void waitForStatus(String key) {
        wait.until(ExpectedConditions.textToBe(By.id("editor:status"), ARABIC.get(key)));
    }

    private static String direction(ChromeDriver driver) {
        return driver.findElement(By.tagName("html")).getAttribute("dir");
    }

    /**
     * No label, button, heading, table header, legend or menu item says an English word of the console —
     * unless Arabic says the same (a product name, a number).
     */
    private static void assertNoEnglishLabel(ChromeDriver driver) {
        Set<String> arabic = ARABIC.all().stream().map(Object::toString).collect(Collectors.toSet());
        Set<String> english = ENGLISH.all().stream().map(Object::toString).filter(word -> !arabic.contains(word))
                .collect(Collectors.toSet());
        List<String> shown = shownLabels(driver);
        assertTrue(!shown.isEmpty(), "no labels found on " + driver.getCurrentUrl());
        List<String> inEnglish = shown.stream().filter(english::contains).toList();
        assertEquals(List.of(), inEnglish, "English labels on " + driver.getCurrentUrl());
    }

    /** Not one word of the refusal's English sentence (its arguments aside) is in what the page shows. */
    private static void assertNoEnglishOf(Refusal refusal, String shown) {
        String englishWords = refusal.english();
        for (Object argument : refusal.arguments()) {
            englishWords = englishWords.replace(String.valueOf(argument), " ");
        }
        List<String> inEnglish = Pattern.compile("\\p{IsLatin}{2,}").matcher(englishWords).results().map(MatchResult::group)
                .filter(word -> Pattern.compile("(?i)\\b" + word + "\\b").matcher(shown).find()).toList();
        assertEquals(List.of(), inEnglish, "English words of \"" + refusal.english() + "\" in \"" + shown + "\"");
    }

    private static List<String> shownLabels(ChromeDriver driver) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElements(By.cssSelector("label, button, h1, h2, h3, th, legend, .ui-menuitem-text, a.ui-commandlink"))
                        .stream().filter(WebElement::isDisplayed).map(WebElement::getText).map(String::strip)
                        .filter(text -> !text.isEmpty()).toList();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }
}
