package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The reader site in Debian's headless Chromium: navigation, article parts, Arabic, keyboard, phone layout and the ticker. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReaderBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    ReaderBrowserIT() {
        super(1280, 900);
    }

    private void open(String path) {
        browser.get(Deployments.baseUrl() + path);
    }

    @Test
    void readerFollowsASectionOpensAnArticleAndSwitchesToArabic() {
        open("/en/");
        browser.findElement(By.cssSelector(".main-menu a[href='/en/news/']")).click();
        assertEquals("News", browser.findElement(By.tagName("h1")).getText());
        // The last teaser, not the first: other tests publish fresh stories at the top of News,
        // and a story alone in its section has no "read next".
        List<WebElement> teasers = browser.findElements(By.cssSelector("main .teaser-title a"));
        teasers.get(teasers.size() - 1).click();
        WebElement story = browser.findElement(By.cssSelector("article.story"));
        assertFalse(story.findElement(By.tagName("h1")).getText().isBlank());
        assertNotNull(story.findElement(By.cssSelector(".byline")));
        assertNotNull(story.findElement(By.cssSelector("time.published")));
        assertTrue(story.findElement(By.cssSelector(".reading-time")).getText().endsWith("min read"));
        WebElement listen = story.findElement(By.cssSelector("button.listen"));
        boolean canSpeak = (Boolean) browser.executeScript("return 'speechSynthesis' in window;");
        assertEquals(canSpeak, listen.isDisplayed(), "Listen button shown exactly where speech synthesis exists");
        assertFalse(browser.findElements(By.cssSelector(".read-next .teaser")).isEmpty());

        browser.findElement(By.cssSelector(".edition-switch a[hreflang='ar']")).click();
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("ar", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void keyboardReachesTheSkipLinkAndItLeadsToMain() {
        open("/en/");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("skip-link", focused.getAttribute("class"));
        assertTrue(focused.isDisplayed(), "skip link visible when focused");
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#main"));
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void phoneLayoutHasNoHorizontalScroll() {
        browser.manage().window().setSize(new Dimension(360, 800));
        for (String path : new String[] {"/en/", "/ar/", "/en/news/"}) {
            open(path);
            assertNoHorizontalScroll(path);
        }
        open("/en/");
        browser.findElement(By.cssSelector(".lead-story h2 a")).click();
        assertNoHorizontalScroll("article");
    }

    @Test
    void onAPhoneTheLeadHeadlineIsOnTheFirstScreenUnderAOneLineTicker() {
        ReaderAccessibilityIT.emulatePhone(browser);
        for (String edition : new String[] {"en", "ar", "es"}) {
            open("/" + edition + "/");
            WebElement headline = browser.findElement(By.cssSelector(".lead-story h2"));
            Rectangle box = headline.getRect();
            assertTrue(box.getY() >= 0 && box.getY() + box.getHeight() <= 844,
                    edition + ": lead headline at y " + box.getY() + ".." + (box.getY() + box.getHeight()) + " on an 844 px screen");
            assertFalse(browser.findElement(By.cssSelector(".main-menu")).isDisplayed(), edition + ": menus folded");
            WebElement ticker = browser.findElement(By.cssSelector("[data-breaking-ticker]"));
            assertTrue(ticker.isDisplayed(), edition + ": the demo's breaking news is shown");
            assertTrue(ticker.getRect().getHeight() <= 48, edition + ": ticker is one line, not " + ticker.getRect().getHeight() + " px");
        }
    }

    @Test
    void onAPhoneOneButtonUnfoldsTheMenusEvenWithoutJavaScript() {
        ReaderAccessibilityIT.emulatePhone(browser);
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open("/en/");
        // What a finger taps: the transparent checkbox that lies over the Menu label.
        WebElement button = browser.findElement(By.cssSelector(".menus-toggle"));
        WebElement sections = browser.findElement(By.cssSelector(".main-menu"));
        assertFalse(sections.isDisplayed());
        button.click();
        assertTrue(sections.isDisplayed(), "menus open");
        assertTrue(browser.findElement(By.cssSelector(".region-menu")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector(".search-form")).isDisplayed());
        button.click();
        assertFalse(sections.isDisplayed(), "menus folded again");

        open("/ar/");
        // Right to left: the site's name on the right, the button on the left.
        Rectangle name = browser.findElement(By.cssSelector(".site-name")).getRect();
        Rectangle arabicButton = browser.findElement(By.cssSelector(".menus-button")).getRect();
        assertTrue(arabicButton.getX() + arabicButton.getWidth() <= name.getX(), "Arabic menu button left of the name");
    }

    @Test
    void tickerRotatesThroughItemsAndHoldsStillUnderThePointer() {
        open("/en/");
        assertTrue(browser.findElements(By.cssSelector("[data-breaking-ticker] li")).size() >= 2, "demo has breaking items");
        String first = currentTickerItem();
        wait.withTimeout(Duration.ofSeconds(12)).until(driver -> !currentTickerItem().equals(first));
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("[data-breaking-ticker]"))).perform();
        String held = currentTickerItem();
        sleep(Duration.ofSeconds(6));
        assertEquals(held, currentTickerItem(), "rotation holds while the pointer is on the ticker");
    }

    @Test
    void tickerStaysStillForReadersWhoAskForReducedMotionAndStepsOnNext() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        open("/en/");
        String first = currentTickerItem();
        sleep(Duration.ofSeconds(6));
        assertEquals(first, currentTickerItem(), "no rotation under prefers-reduced-motion");
        browser.findElement(By.cssSelector(".ticker-controls button:last-child")).click();
        assertFalse(first.equals(currentTickerItem()), "Next shows the following item");
    }

    /** The id of the item on show; the others are clipped out of sight. */
    private String currentTickerItem() {
        List<WebElement> shown = browser.findElements(By.cssSelector("[data-breaking-ticker] li.is-current"));
        assertEquals(1, shown.size(), "one item on show");
        assertTrue(shown.get(0).isDisplayed());
        return shown.get(0).getAttribute("data-breaking-id");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void assertNoHorizontalScroll(String where) {
        JavascriptExecutor js = browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        Object tooWide = js.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1 || r.left < -1) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
                + "return out.slice(0, 8).join('; ');");
        assertTrue(scrollWidth <= clientWidth, where + ": page is " + scrollWidth + " px wide in a " + clientWidth
                + " px window; too wide: " + tooWide);
    }
}
