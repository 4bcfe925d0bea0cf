package org.newsroom.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newsroom.domain.media.MediaAsset;

/** One picture of a photo gallery ("In Pictures"), in its place in the sequence. */
@Entity
@Table(name = "gallery_image")
public class GalleryImage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gallery_image_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "media_id", nullable = false)
    private MediaAsset image;

    @Column(nullable = false)
    private int position;

    @Column(length = 400)
    private String caption;

    protected GalleryImage() {
    }

    GalleryImage(Article article, MediaAsset image, int position, String caption) {
        this.article = article;
        this.image = image;
        this.position = position;
        this.caption = caption;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public MediaAsset getImage() {
        return image;
    }

    public int getPosition() {
        return position;
    }

    public String getCaption() {
        return caption;
    }
}
