package org.newsroom.domain.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One stored size of an image, served to readers through {@code srcset}. */
@Entity
@Table(name = "media_rendition")
public class MediaRendition {

    /** Largest stored rendition: 1 MiB (renditions are re-encoded, so far below this in practice). */
    public static final int MAX_BYTES = 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_rendition_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    private MediaAsset asset;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = MAX_BYTES)
    private byte[] bytes;

    protected MediaRendition() {
    }

    MediaRendition(MediaAsset asset, int width, int height, String contentType, byte[] bytes) {
        this.asset = asset;
        this.width = width;
        this.height = height;
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    public Long getId() {
        return id;
    }

    public MediaAsset getAsset() {
        return asset;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
