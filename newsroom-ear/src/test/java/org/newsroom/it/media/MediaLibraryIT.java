package org.newsroom.it.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.editorial.catalog.MediaLibrary;
import org.newsroom.editorial.catalog.RenditionBytes;
import org.newsroom.editorial.media.AssetPage;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.media.MediaDesk;
import org.newsroom.editorial.media.MediaLimits;
import org.newsroom.editorial.media.MediaRefused;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;
import org.newsroom.editorial.media.ArticleImages;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.ArticleText;
import org.newsroom.editorial.workflow.NewArticle;

/** The media library's service in the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class MediaLibraryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(MediaLibraryIT.class, TestPictures.class);
    }

    @EJB
    ArticleImages images;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    MediaDesk media;

    @EJB
    MediaLibrary readers;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private static String unique(String name) {
        return UUID.randomUUID().toString().substring(0, 8) + "-" + name;
    }

    @Test
    void aPngAndAJpegMakeRenditionsThatReadersGet() throws Exception {
        AssetView png = AsRole.writer().call(() -> media.upload(unique("harbour.png"), TestPictures.picture("png", 1800, 1200)));
        assertEquals("image/png", png.contentType());
        assertEquals(1800, png.width());
        assertEquals(List.of(320, 640, 1024, 1600), png.renditionWidths());
        assertFalse(png.described(), "a fresh upload is not yet usable");
        RenditionBytes served = readers.rendition(png.id(), 600).orElseThrow();
        assertEquals(640, served.width());
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(served.bytes())).getWidth());

        AssetView jpeg = AsRole.writer().call(() -> media.upload(unique("quay.jpg"), TestPictures.picture("jpeg", 700, 400)));
        assertEquals("image/jpeg", jpeg.contentType());
        assertEquals(List.of(320, 640, 700), jpeg.renditionWidths(), "never upscaled beyond the original's 700");
        assertEquals("image/jpeg", readers.rendition(jpeg.id(), 2000).orElseThrow().contentType());
    }

    @Test
    void aPortraitFromAPhoneIsStoredUpright() throws Exception {
        // The sensor's 800 × 600 landscape, sky on top and a dark band at the bottom; EXIF says "turn clockwise".
        byte[] phone = TestPictures.withExifOrientation(TestPictures.picture("jpeg", 800, 600), 6);
        AssetView portrait = AsRole.writer().call(() -> media.upload(unique("portrait.jpg"), phone));
        assertEquals(600, portrait.width());
        assertEquals(800, portrait.height());
        assertEquals(List.of(320, 600), portrait.renditionWidths());
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(readers.rendition(portrait.id(), 600).orElseThrow().bytes()));
        assertEquals(600, served.getWidth());
        assertEquals(800, served.getHeight());
        Color left = new Color(served.getRGB(20, 400));
        Color right = new Color(served.getRGB(580, 400));
        assertTrue(left.getBlue() < 90 && right.getBlue() > 150, "the dark band, once at the bottom, is on the left: " + left + " " + right);
    }

    @Test
    void badFilesAreRefusedInWordsAndLeaveNothingBehind() throws Exception {
        String exe = unique("holiday.png");
        MediaRefused program = assertThrows(MediaRefused.class, () -> AsRole.writer().call(() -> media.upload(exe, TestPictures.program())));
        assertTrue(program.getMessage().contains("not a PNG, JPEG or GIF image"), program.getMessage());

        String corrupt = unique("broken.jpg");
        byte[] jpeg = TestPictures.picture("jpeg", 900, 600);
        MediaRefused damaged = assertThrows(MediaRefused.class, () -> AsRole.writer().call(() -> media.upload(corrupt, Arrays.copyOf(jpeg, jpeg.length / 3))));
        assertEquals("The image is damaged or incomplete and cannot be read; nothing was stored.", damaged.getMessage());

        String big = unique("huge.png");
        byte[] tooBig = new byte[(int) MediaLimits.DEFAULT_MAX_BYTES + 1];
        MediaRefused oversized = assertThrows(MediaRefused.class, () -> AsRole.writer().call(() -> media.upload(big, tooBig)));
        assertTrue(oversized.getMessage().startsWith("The file is 10.0 MiB; the limit is 10 MiB."), oversized.getMessage());

        String bomb = unique("bomb.png");
        byte[] claiming = TestPictures.claimingSize(TestPictures.picture("png", 16, 16), 60_000, 60_000);
        MediaRefused pixels = assertThrows(MediaRefused.class, () -> AsRole.writer().call(() -> media.upload(bomb, claiming)));
        assertTrue(pixels.getMessage().startsWith("The image is 60000 × 60000 pixels"), pixels.getMessage());

        for (String name : List.of(exe, corrupt, big, bomb)) {
            assertEquals(0L, em.createQuery("select count(a) from MediaAsset a where a.fileName = :n", Long.class)
                    .setParameter("n", name).getSingleResult(), name + " left nothing");
        }
    }

    @Test
    void anUndescribedPictureCannotLeadAStoryNorStayInItsBody() throws Exception {
        AssetView picture = AsRole.writer().call(() -> media.upload(unique("ferry.png"), TestPictures.picture("png", 800, 450)));
        ArticleView story = newStory("Ferries wait out the storm " + UUID.randomUUID());
        ActionRefused refused = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> images.setLead(story.id(), story.version(), picture.id())));
        assertEquals(ActionRefused.Why.RULE, refused.why());
        assertTrue(refused.getMessage().startsWith("Describe the image first"), refused.getMessage());
        assertNull(em.find(Article.class, story.id()).getLeadMedia());

        String body = "<p>Ferries waited.</p><p><img src=\"/media/" + picture.id() + "/1024\" alt=\"typed\"></p>";
        ArticleView saved = saveBody(story.id(), story.version(), story.headline(), body);
        assertFalse(saved.body().contains("<img"), "an undescribed picture is dropped: " + saved.body());

        AsRole.writer().call(() -> media.describe(picture.id(), picture.version(), "A white ferry moored at a grey quay", "The ferry stayed in port on Tuesday.", "Newsroom staff"));
        ArticleView led = AsRole.writer().call(() -> images.setLead(story.id(), saved.version(), picture.id()));
        assertEquals(picture.id(), em.find(Article.class, story.id()).getLeadMedia().getId());
        ArticleView withPicture = saveBody(story.id(), led.version(), story.headline(), body);
        assertTrue(withPicture.body().contains("<img src=\"/media/" + picture.id() + "/1024\" alt=\"A white ferry moored at a grey quay\">"),
                withPicture.body());
        assertTrue(withPicture.version() > led.version());

        ActionRefused stale = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> images.setLead(story.id(), story.version(), null)));
        assertEquals(ActionRefused.Why.STALE, stale.why());
    }

    @Test
    void aGalleryStoryTakesDescribedPicturesInOrderAndOthersHaveNoGallery() throws Exception {
        AssetView first = described(AsRole.writer().call(() -> media.upload(unique("gallery-1.png"), TestPictures.picture("png", 600, 400))));
        AssetView second = described(AsRole.writer().call(() -> media.upload(unique("gallery-2.png"), TestPictures.picture("png", 600, 400))));
        AssetView third = described(AsRole.writer().call(() -> media.upload(unique("gallery-3.png"), TestPictures.picture("png", 600, 400))));
        ArticleView news = newStory("Not a gallery " + UUID.randomUUID());
        ActionRefused notGallery = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> images.addToGallery(news.id(), news.version(), first.id(), null)));
        assertTrue(notGallery.getMessage().startsWith("Only a gallery story has a gallery"), notGallery.getMessage());

        long galleryId = galleryStory();
        long version = em.find(Article.class, galleryId).getVersion();
        ArticleView v1 = AsRole.writer().call(() -> images.addToGallery(galleryId, version, first.id(), "First light"));
        ArticleView v2 = AsRole.writer().call(() -> images.addToGallery(galleryId, v1.version(), second.id(), null));
        assertTrue(v2.version() > v1.version(), "adding a picture moves the story's version on");
        ArticleView v3 = AsRole.writer().call(() -> images.addToGallery(galleryId, v2.version(), third.id(), null));
        ActionRefused stale = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> images.addToGallery(galleryId, v1.version(), third.id(), null)));
        assertEquals(ActionRefused.Why.STALE, stale.why());

        var pictures = AsRole.writer().call(() -> images.of(galleryId)).gallery();
        assertEquals(List.of(first.id(), second.id(), third.id()), pictures.stream().map(g -> g.image().id()).toList());
        assertEquals("First light", pictures.get(0).caption());
        AsRole.writer().call(() -> images.removeFromGallery(galleryId, v3.version(), pictures.get(1).id()));
        var after = AsRole.writer().call(() -> images.of(galleryId)).gallery();
        assertEquals(List.of(first.id(), third.id()), after.stream().map(g -> g.image().id()).toList());
        assertEquals(List.of(0, 1), after.stream().map(g -> g.position()).toList());
    }

    private AssetView described(AssetView asset) throws Exception {
        return AsRole.writer().call(() -> media.describe(asset.id(), asset.version(), "Alt of " + asset.fileName(), "Caption of " + asset.fileName(), "Staff"));
    }

    /** A gallery draft of the test writer (the workflow starts news stories; galleries come from elsewhere). */
    private long galleryStory() throws Exception {
        tx.begin();
        try {
            Section section = em.createQuery("select s from Section s where s.edition = :e order by s.id", Section.class)
                    .setParameter("e", Edition.EN).setMaxResults(1).getSingleResult();
            Article gallery = new Article(Edition.EN, ArticleKind.GALLERY, "In pictures " + UUID.randomUUID(), section,
                    AsRole.writer().callerName(), Instant.now());
            em.persist(gallery);
            tx.commit();
            return gallery.getId();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    @Test
    void aDescriptionNeedsAltTextCaptionAndCredit() throws Exception {
        AssetView picture = AsRole.writer().call(() -> media.upload(unique("market.png"), TestPictures.picture("png", 400, 300)));
        ActionRefused noCredit = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> media.describe(picture.id(), picture.version(), "Stalls", "Market day", " ")));
        assertTrue(noCredit.getMessage().startsWith("Credit is required"), noCredit.getMessage());
        ActionRefused noAlt = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> media.describe(picture.id(), picture.version(), null, "Market day", "Staff")));
        assertTrue(noAlt.getMessage().startsWith("Alt text is required"), noAlt.getMessage());
        assertTrue(AsRole.writer().call(() -> media.describe(picture.id(), picture.version(), " Stalls ", "Market day", "Staff")).described());
        assertEquals("Stalls", AsRole.writer().call(() -> media.search(picture.fileName(), false, 0, 1)).assets().get(0).altText());
    }

    @Test
    void searchFindsByCaptionAltTextCreditAndFileNameAPageAtATime() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        AssetView byName = AsRole.writer().call(() -> media.upload(word + "-one.png", TestPictures.picture("png", 200, 100)));
        AssetView byCaption = AsRole.writer().call(() -> media.upload(unique("two.png"), TestPictures.picture("png", 200, 100)));
        AsRole.writer().call(() -> media.describe(byCaption.id(), byCaption.version(), "A lighthouse", "The " + word.toUpperCase() + " lighthouse at dusk", "Staff"));
        AssetView byCredit = AsRole.writer().call(() -> media.upload(unique("three.png"), TestPictures.picture("png", 200, 100)));
        AsRole.writer().call(() -> media.describe(byCredit.id(), byCredit.version(), "Nets", "Nets drying", "Photo " + word));
        AsRole.writer().call(() -> media.upload(unique("unrelated.png"), TestPictures.picture("png", 200, 100)));

        AssetPage all = AsRole.writer().call(() -> media.search(word, false, 0, 10));
        assertEquals(3, all.total());
        assertEquals(List.of(byCredit.id(), byCaption.id(), byName.id()), all.assets().stream().map(AssetView::id).toList(), "newest first");
        AssetPage second = AsRole.writer().call(() -> media.search(word, false, 2, 2));
        assertEquals(List.of(byName.id()), second.assets().stream().map(AssetView::id).toList());
        assertEquals(0, AsRole.writer().call(() -> media.search(word + "%", false, 0, 10)).total(), "a % is a character, not a wildcard");
    }

    @Test
    void onlyStaffMayUseTheLibrary() throws Exception {
        assertThrows(EJBAccessException.class, () -> media.upload("x.png", TestPictures.picture("png", 10, 10)));
        assertThrows(EJBAccessException.class, () -> media.search(null, false, 0, 10));
    }

    /** A news draft of the test writer in the first English section. */
    private ArticleView newStory(String headline) throws Exception {
        return AsRole.writer().call(() -> workflow.create(new NewArticle("en", headline, workflow.sections("en").get(0).id(), null, null)));
    }

    private ArticleView saveBody(long articleId, long version, String headline, String body) throws Exception {
        return AsRole.writer().call(() -> workflow.save(articleId, version, new ArticleText(headline, null, body)));
    }

}
