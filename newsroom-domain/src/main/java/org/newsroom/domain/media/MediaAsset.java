package org.newsroom.domain.media;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An image in the media library. Its bytes live in its renditions, one per width. */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_asset_seq")
    private Long id;

    /** Changes with every description, so a describe can quote the one it was read at. */
    @Version
    @Column(nullable = false)
    private long version;

    @NotBlank
    @Size(max = 200)
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @NotBlank
    @Size(max = 60)
    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Size(max = 300)
    @Column(name = "alt_text", length = 300)
    private String altText;

    @Size(max = 400)
    @Column(length = 400)
    private String caption;

    @Size(max = 120)
    @Column(length = 120)
    private String credit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "asset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("width")
    private List<MediaRendition> renditions = new ArrayList<>();

    protected MediaAsset() {
    }

    public MediaAsset(String fileName, String contentType, int width, int height, Instant createdAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.createdAt = createdAt;
    }

    /** Caption, credit and alt text: required before the image may lead a story. */
    public void describe(String altText, String caption, String credit) {
        this.altText = altText;
        this.caption = caption;
        this.credit = credit;
    }

    public boolean isDescribed() {
        return notBlank(altText) && notBlank(caption) && notBlank(credit);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public MediaRendition addRendition(int renditionWidth, int renditionHeight, String renditionType, byte[] bytes) {
        MediaRendition rendition = new MediaRendition(this, renditionWidth, renditionHeight, renditionType, bytes);
        renditions.add(rendition);
        return rendition;
    }

    /** The smallest rendition at least as wide as asked, else the widest there is. */
    public Optional<MediaRendition> renditionFor(int wantedWidth) {
        return renditions.stream().filter(r -> r.getWidth() >= wantedWidth)
                .min(Comparator.comparingInt(MediaRendition::getWidth))
                .or(() -> renditions.stream().max(Comparator.comparingInt(MediaRendition::getWidth)));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getAltText() {
        return altText;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<MediaRendition> getRenditions() {
        return Collections.unmodifiableList(renditions);
    }
}
