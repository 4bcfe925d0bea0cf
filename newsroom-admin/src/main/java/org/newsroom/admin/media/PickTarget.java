package org.newsroom.admin.media;

import org.newsroom.editorial.media.AssetView;

/** What a page does with the picture chosen in the media picker. */
public interface PickTarget {

    void picked(AssetView asset);
}
