package org.newsroom.editorial.catalog;

import java.util.List;

/** An image with what the page needs to describe it and to build a responsive {@code srcset}. */
public record MediaView(long id, int width, int height, String altText, String caption, String credit,
                        List<Integer> renditionWidths) {

    /** The height that keeps the aspect ratio at the given width, for the {@code height} attribute. */
    public int heightAt(int atWidth) {
        return width == 0 ? 0 : Math.round((float) height * atWidth / width);
    }
}
