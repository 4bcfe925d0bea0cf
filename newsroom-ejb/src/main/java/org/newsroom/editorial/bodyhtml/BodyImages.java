package org.newsroom.editorial.bodyhtml;

import java.util.Optional;

/**
 * Which pictures a stored body may show: given an image address from the body, the alt
 * text it must carry, or empty when the picture has to go (not from our media library,
 * unknown, or not yet described). The media library implements it.
 */
@FunctionalInterface
public interface BodyImages {

    Optional<String> altTextFor(long assetId);
}
