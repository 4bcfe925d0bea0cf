package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.newsroom.domain.media.MediaRendition;

/** Image bytes for readers. Every asset is public once stored: the reader site only links assets of published stories. */
@Stateless
@PermitAll
public class MediaLibrary {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** The smallest rendition at least {@code width} wide, else the widest there is. */
    public Optional<RenditionBytes> rendition(long assetId, int width) {
        List<Object[]> sizes = em.createQuery("select r.id, r.width from MediaRendition r where r.asset.id = :asset "
                        + "order by r.width", Object[].class)
                .setParameter("asset", assetId)
                .getResultList();
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        Object[] chosen = sizes.stream().filter(row -> (Integer) row[1] >= width).findFirst()
                .orElse(sizes.get(sizes.size() - 1));
        MediaRendition rendition = em.find(MediaRendition.class, chosen[0]);
        return Optional.of(new RenditionBytes(rendition.getId(), rendition.getWidth(), rendition.getContentType(),
                rendition.getBytes()));
    }
}
