package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.Refusals.deniedForRole;
import static org.newsroom.it.support.Refusals.refusal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.site.EditionText;
import org.newsroom.editorial.site.PageText;
import org.newsroom.editorial.site.SiteContent;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.AsRole;

/** Edition names, slogans and static pages: administrators only, sanitized, announced, and back to the built-in texts. */
@ExtendWith(ArquillianExtension.class)
class SiteContentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(SiteContentIT.class);
    }

    @EJB
    SiteContent content;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = ContentChanged.TOPIC)
    Topic contentTopic;

    @Test
    void anAdministratorNamesAnEditionTheReaderSiteIsToldAndTheBuiltInTextComesBack() throws Exception {
        AsRole admin = AsRole.admin();
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(contentTopic, ContentChanged.CHANGE + " = '" + ContentChanged.SITE
                    + "' and " + ContentChanged.EDITION + " = 'es'");
            EditionText saved = admin.call(() -> content.saveEdition(Edition.ES, "  Diario de prueba ", "  Noticias de todas partes "));
            assertEquals("Diario de prueba", saved.name());
            assertEquals("Noticias de todas partes", saved.slogan());
            Message message = consumer.receive(10_000);
            assertNotNull(message, "no SITE change sent");
            assertEquals("Diario de prueba", content.edition(Edition.ES).orElseThrow().name());
        } finally {
            admin.run(() -> content.resetEdition(Edition.ES));
        }
        assertTrue(content.edition(Edition.ES).isEmpty());
    }

    @Test
    void badInputIsRefusedClearlyAndNothingChanges() throws Exception {
        AsRole admin = AsRole.admin();
        assertEquals("An edition needs a name", refusal(() -> admin.call(() -> content.saveEdition(Edition.AR, " ", "x"))).getMessage());
        assertTrue(refusal(() -> admin.call(() -> content.saveEdition(Edition.AR, "n".repeat(81), null))).getMessage().contains("at most 80"));
        assertTrue(content.edition(Edition.AR).isEmpty());
        ActionRefused unknown = refusal(() -> admin.call(() -> content.savePage(Edition.AR, "secrets", "Title", "<p>x</p>")));
        assertEquals(ActionRefused.Why.INVALID, unknown.why());
        assertTrue(unknown.getMessage().contains("about, contact, privacy"), unknown.getMessage());
        assertEquals("A page needs some text",
                refusal(() -> admin.call(() -> content.savePage(Edition.AR, "contact", "Title", "<script>alert(1)</script>"))).getMessage());
        assertTrue(content.page(Edition.AR, "contact").isEmpty());
    }

    @Test
    void onlyAdministratorsChangeTheSite() {
        assertTrue(deniedForRole(() -> AsRole.chiefEditor().call(() -> content.saveEdition(Edition.EN, "Taken", null))));
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> content.savePage(Edition.EN, "about", "Taken", "<p>x</p>"))));
        assertTrue(deniedForRole(() -> AsRole.editor().run(() -> content.resetPage(Edition.EN, "about"))));
        assertTrue(content.edition(Edition.EN).isEmpty());
    }

    @Test
    void aPageBodyIsSanitizedBeforeItIsStored() throws Exception {
        AsRole admin = AsRole.admin();
        try {
            PageText page = admin.call(() -> content.savePage(Edition.AR, "privacy", "الخصوصية",
                    "<h2>ما نجمعه</h2><p onclick=\"steal()\" style=\"color:red\">لا شيء.</p><script>alert(1)</script>"
                            + "<a href=\"javascript:alert(2)\">x</a>"));
            assertTrue(page.body().contains("<h2>ما نجمعه</h2>"), page.body());
            for (String gone : new String[] {"script", "onclick", "style", "javascript:"}) {
                assertFalse(page.body().contains(gone), gone + " in " + page.body());
            }
            assertEquals("الخصوصية", content.page(Edition.AR, "privacy").orElseThrow().title());
        } finally {
            admin.run(() -> content.resetPage(Edition.AR, "privacy"));
        }
        assertTrue(content.page(Edition.AR, "privacy").isEmpty());
    }
}
