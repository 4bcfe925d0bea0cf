package org.newsroom.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test that drives a fresh headless Chromium in every test method, quit afterwards
 * whatever happened. The subclass says how large the window is.
 */
public abstract class BrowserTest {

    private final int width;
    private final int height;
    protected ConsoleBrowser console;
    protected ChromeDriver browser;
    protected WebDriverWait wait;

    protected BrowserTest(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @BeforeEach
    final void openBrowser() {
        console = ConsoleBrowser.open(width, height);
        browser = console.driver();
        wait = console.await();
    }

    @AfterEach
    final void closeBrowser() {
        if (console != null) {
            console.close();
        }
    }
}
