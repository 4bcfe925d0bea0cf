package org.newsroom.it.media;

import jakarta.ejb.Local;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.workflow.ArticleView;

/** Test-only: the media and story calls a writer makes, run with the WRITER role. */
@Local
public interface WritersDesk {

    AssetView upload(String fileName, byte[] bytes);

    AssetView describe(long assetId, String alt, String caption, String credit);

    ArticleView newStory(String headline);

    ArticleView setLead(long articleId, long version, Long assetId);

    ArticleView saveBody(long articleId, long version, String headline, String body);

    org.newsroom.editorial.media.AssetPage search(String text, int first, int size);

    ArticleView addToGallery(long articleId, long version, long assetId, String caption);

    ArticleView removeFromGallery(long articleId, long version, long galleryImageId);

    org.newsroom.editorial.media.ArticleImages.Illustration pictures(long articleId);

    /** The name the services see for this desk's calls. */
    String callerName();
}
