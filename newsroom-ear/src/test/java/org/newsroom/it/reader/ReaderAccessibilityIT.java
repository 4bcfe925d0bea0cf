package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
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
import org.newsroom.it.support.ReaderSite;

/**
 * Every reader page type of the three editions checked by axe-core (Deque's engine, the
 * axe.min.js inside {@code com.deque.html.axe-core:selenium}) in headless Chromium, on a
 * desktop window and on a 390 × 844 phone: no violation of the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules. Each method takes one edition at one width, its stories or its other pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReaderAccessibilityIT extends BrowserTest {

    /** The axe tags of the WCAG success criteria at levels A and AA, 2.0 to 2.2. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final ReaderSite site = new ReaderSite();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    ReaderAccessibilityIT() {
        super(1280, 900);
    }

    @Test
    void englishPagesOnADesktop() throws Exception {
        assertNoViolations("en", false, false);
    }

    @Test
    void englishPagesOnAPhone() throws Exception {
        assertNoViolations("en", false, true);
    }

    @Test
    void englishStoriesOnADesktop() throws Exception {
        assertNoViolations("en", true, false);
    }

    @Test
    void englishStoriesOnAPhone() throws Exception {
        assertNoViolations("en", true, true);
    }

    @Test
    void arabicPagesOnADesktop() throws Exception {
        assertNoViolations("ar", false, false);
    }

    @Test
    void arabicPagesOnAPhone() throws Exception {
        assertNoViolations("ar", false, true);
    }

    @Test
    void arabicStoriesOnADesktop() throws Exception {
        assertNoViolations("ar", true, false);
    }

    @Test
    void arabicStoriesOnAPhone() throws Exception {
        assertNoViolations("ar", true, true);
    }

    @Test
    void spanishPagesOnADesktop() throws Exception {
        assertNoViolations("es", false, false);
    }

    @Test
    void spanishPagesOnAPhone() throws Exception {
        assertNoViolations("es", false, true);
    }

    @Test
    void spanishStoriesOnADesktop() throws Exception {
        assertNoViolations("es", true, false);
    }

    @Test
    void spanishStoriesOnAPhone() throws Exception {
        assertNoViolations("es", true, true);
    }

    /** The stories (one of each kind) apart from the other page types, so that each method stays well under a minute. */
    private void assertNoViolations(String edition, boolean stories, boolean phone) throws Exception {
        if (phone) {
            emulatePhone(browser);
        }
        List<String> found = new ArrayList<>();
        for (ReaderPageTypes.PageType type : ReaderPageTypes.of(site, edition)) {
            if (type.story() != stories) {
                continue;
            }
            browser.get(Deployments.baseUrl() + type.path());
            for (Rule violation : new AxeBuilder().withTags(WCAG_A_AA).analyze(browser).getViolations()) {
                for (CheckedNode node : violation.getNodes()) {
                    found.add(type + ": " + violation.getId() + " (" + violation.getImpact() + ") at " + node.getTarget()
                            + ": " + node.getFailureSummary().replace('\n', ' '));
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " accessibility violations in /" + edition + "/"
                + (phone ? " on a phone" : " on a desktop") + ":\n" + String.join("\n", found));
    }

    /** A 390 × 844 phone screen (CSS pixels), as Chromium's device emulation gives it: viewport meta and touch included. */
    static void emulatePhone(org.openqa.selenium.chrome.ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }
}
