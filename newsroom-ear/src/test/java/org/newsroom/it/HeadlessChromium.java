package org.newsroom.it;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (installed by .ci/run), headless, with the flags a
 * closed network and a root container need. Override the paths with
 * {@code -Dchromium.binary} and {@code -Dwebdriver.chrome.driver}.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser whose window is {@code width} × {@code height} CSS pixels. */
    public static ChromeDriver open(int width, int height) {
        return open(width, height, "en-GB");
    }

    /** The same, asking web sites for {@code language} first (its {@code Accept-Language}). */
    public static ChromeDriver open(int width, int height, String language) {
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        options.addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
