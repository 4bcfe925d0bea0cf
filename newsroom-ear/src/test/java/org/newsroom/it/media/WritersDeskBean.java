package org.newsroom.it.media;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.media.ArticleImages;
import org.newsroom.editorial.media.AssetPage;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.media.MediaDesk;
import org.newsroom.editorial.workflow.ArticleText;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.NewArticle;

/** Test-only: calls the role-guarded services as a writer would (the services see the WRITER role only). */
@Stateless
@PermitAll
@RunAs(Role.WRITER_NAME)
public class WritersDeskBean implements WritersDesk {

    @EJB
    MediaDesk media;

    @EJB
    ArticleImages images;

    @EJB
    ArticleWorkflow workflow;

    @Override
    public AssetView upload(String fileName, byte[] bytes) {
        return media.upload(fileName, bytes);
    }

    @Override
    public AssetView describe(long assetId, String alt, String caption, String credit) {
        return media.describe(assetId, alt, caption, credit);
    }

    @Override
    public ArticleView newStory(String headline) {
        long section = workflow.sections("en").get(0).id();
        return workflow.create(new NewArticle("en", headline, section, null, null));
    }

    @Override
    public ArticleView setLead(long articleId, long version, Long assetId) {
        return images.setLead(articleId, version, assetId);
    }

    @Override
    public ArticleView saveBody(long articleId, long version, String headline, String body) {
        return workflow.save(articleId, version, new ArticleText(headline, null, body));
    }

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    @Override
    public ArticleView addToGallery(long articleId, long version, long assetId, String caption) {
        return images.addToGallery(articleId, version, assetId, caption);
    }

    @Override
    public ArticleView removeFromGallery(long articleId, long version, long galleryImageId) {
        return images.removeFromGallery(articleId, version, galleryImageId);
    }

    @Override
    public ArticleImages.Illustration pictures(long articleId) {
        return images.of(articleId);
    }

    @Override
    public String callerName() {
        return session.getCallerPrincipal().getName();
    }

    @Override
    public AssetPage search(String text, int first, int size) {
        return media.search(text, false, first, size);
    }
}
