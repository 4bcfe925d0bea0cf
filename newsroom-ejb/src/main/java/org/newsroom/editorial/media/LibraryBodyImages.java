package org.newsroom.editorial.media;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.editorial.bodyhtml.BodyImages;

/** The library's answer to the sanitizer: an image may appear in a body once it is described, with its own alt text. */
@Dependent
public class LibraryBodyImages implements BodyImages {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Override
    public Optional<String> altTextFor(long assetId) {
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        return asset != null && asset.isDescribed() ? Optional.of(asset.getAltText()) : Optional.empty();
    }
}
