package org.newsroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsroom.it.support.Deployments;

/**
 * A headless Chromium on the console, with the patience every console journey needs:
 * PrimeFaces re-renders forms after each AJAX call, so clicks and waits look again for
 * an element that was replaced under them. One per test; close it to quit the browser.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private ConsoleBrowser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(ElementClickInterceptedException.class);
    }

    /** A new browser whose window is {@code width} × {@code height} CSS pixels. */
    public static ConsoleBrowser open(int width, int height) {
        return new ConsoleBrowser(HeadlessChromium.open(width, height));
    }

    /** A new browser that asks for {@code language} first ({@code Accept-Language}), as a person's own would. */
    public static ConsoleBrowser open(int width, int height, String language) {
        return new ConsoleBrowser(HeadlessChromium.open(width, height, language));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Twenty seconds, ignoring elements replaced or covered for a moment. */
    public WebDriverWait await() {
        return wait;
    }

    /** Clicks once the element is there and clickable; a click on a replaced element is tried on the new one. */
    public void click(By target) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Replaces what a visible field holds with {@code text}. */
    public void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Chooses {@code value} in a PrimeFaces select menu through the widget's own API, as a
     * change by the user (its AJAX behaviour runs), and waits until that answer is in.
     * Clicking an overlay item instead races the overlay's opening animation.
     */
    public void choose(String widgetVar, String value) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return typeof PF === 'function' && PF(arguments[0]) !== undefined;", widgetVar)));
        // selectValue changes the value quietly: fire what a user's choice fires, a "change" behaviour
        // or else the select's own change event (which runs a "valueChange" behaviour).
        driver.executeScript("var menu = PF(arguments[0]); menu.selectValue(arguments[1]);"
                + " if (menu.hasBehavior('change')) { menu.callBehavior('change'); } else { menu.input.trigger('change'); }",
                widgetVar, value);
        settle();
    }

    /** Waits until no PrimeFaces or jQuery AJAX request is queued or running. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty() && window.jQuery.active === 0;")));
    }

    /** On the sign-in page: fills it in and submits, without waiting for the outcome. */
    public void submitSignIn(String username, String password) {
        type(By.id("signIn:username"), username);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        driver.findElement(By.id("signIn:submit")).click();
    }

    /** Opens the console, signs in and waits until the menu names the user. */
    public void signIn(String username, String password) {
        driver.get(Deployments.baseUrl() + "/admin/");
        submitSignIn(username, password);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menuForm:whoami"), username));
    }

    /**
     * Keeps a picture of the screen in target/screenshots; with -Dnewsroom.screenshots=../docs/images
     * the run refreshes the pictures of the docs instead (tests never write to the sources by default).
     */
    public void screenshot(String name) {
        try {
            Path images = Path.of(System.getProperty("newsroom.screenshots", "target/screenshots"));
            Files.createDirectories(images);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), images.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
