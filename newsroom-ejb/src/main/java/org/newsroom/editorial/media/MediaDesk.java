package org.newsroom.editorial.media;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.audit.AuditEntry;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.domain.refusal.Reason;

/**
 * The media library's way in for staff: upload (judged by content, within
 * {@link MediaLimits}), describe, find. Any staff member who writes may do all three;
 * the library is shared by the whole newsroom, so who uploaded a picture and who said
 * what about it are in the audit trail.
 */
@Stateless
@DeclareRoles({Role.WRITER_NAME, Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
public class MediaDesk {

    private static final Logger LOG = Logger.getLogger(MediaDesk.class.getName());

    public static final int MAX_PAGE = 100;
    static final int MAX_ALT = 300;
    static final int MAX_CAPTION = 400;
    static final int MAX_CREDIT = 120;
    static final int MAX_FILE_NAME = 200;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /** The limits uploads are held to, for the console to show before anyone tries. */
    @RolesAllowed(Role.WRITER_NAME)
    public MediaLimits limits() {
        return MediaLimits.configured();
    }

    /**
     * Stores the image with its renditions, or refuses it ({@link MediaRefused}) and stores
     * nothing. The new asset is not yet described, so no story can use it until it is.
     */
    @RolesAllowed(Role.WRITER_NAME)
    public AssetView upload(String fileName, byte[] bytes) {
        ImageIntake.Accepted image;
        try {
            image = ImageIntake.accept(bytes, MediaLimits.configured());
        } catch (MediaRefused refused) {
            if (refused.getCause() != null) {
                LOG.log(Level.INFO, "Upload of \"{0}\" by {1} refused as unreadable; the decoder said: {2}",
                        new Object[] {cleanFileName(fileName, "image/unknown"), caller(), refused.getCause().toString()});
            }
            throw refused;
        }
        MediaAsset asset = new MediaAsset(cleanFileName(fileName, image.contentType()), image.contentType(), image.width(),
                image.height(), clock.instant());
        image.renditions().forEach(r -> asset.addRendition(r.width(), r.height(), r.contentType(), r.bytes()));
        em.persist(asset);
        em.flush();
        audit.record(caller(), AuditAction.MEDIA_UPLOADED, null, "picture " + asset.getId() + " uploaded: " + asset.getFileName()
                + ", " + asset.getContentType() + ", " + asset.getWidth() + " × " + asset.getHeight());
        return AssetView.of(asset);
    }

    /**
     * Alt text, caption and credit, all three required: together they make the asset usable.
     * {@code expectedVersion} is the picture's version the caller read ({@link AssetView#version()});
     * when somebody described it since, the description is refused as stale and nothing changes,
     * so two people describing one picture never lose one description silently.
     */
    @RolesAllowed(Role.WRITER_NAME)
    public AssetView describe(long assetId, long expectedVersion, String altText, String caption, String credit) {
        String alt = required(altText, Reason.ALT_TEXT_MISSING, Reason.ALT_TEXT_TOO_LONG, MAX_ALT);
        String cap = required(caption, Reason.CAPTION_MISSING, Reason.CAPTION_TOO_LONG, MAX_CAPTION);
        String cred = required(credit, Reason.CREDIT_MISSING, Reason.CREDIT_TOO_LONG, MAX_CREDIT);
        MediaAsset asset = locked(assetId);
        if (asset.getVersion() != expectedVersion) {
            throw stale(assetId, expectedVersion, asset.getVersion());
        }
        String changes = changes(asset, alt, cap, cred);
        asset.describe(alt, cap, cred);
        if (!changes.isEmpty()) {
            audit.record(caller(), AuditAction.MEDIA_DESCRIBED, null, describedPrefix(assetId) + changes);
        }
        em.flush();
        return AssetView.of(asset);
    }

    /**
     * The picture, its row locked for the rest of the transaction before it is read, so that
     * concurrent describes queue here and each compares its version with what the one before
     * committed (as {@code ArticleForWrite} does for stories): a stale one is refused before it
     * writes, never failing at its commit.
     */
    private MediaAsset locked(long assetId) {
        try {
            if (em.createNativeQuery("select id from media_asset where id = :id for update").setParameter("id", assetId)
                    .getResultList().isEmpty()) {
                throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_IMAGE, assetId);
            }
        } catch (LockTimeoutException | PessimisticLockException busy) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.PICTURE_BUSY);
        }
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        em.refresh(asset);
        return asset;
    }

    /** The stale refusal, naming who described the picture last when the audit trail knows. */
    private ActionRefused stale(long assetId, long expectedVersion, long currentVersion) {
        return em.createQuery("select e from AuditEntry e where e.action = :action and e.detail like :picture"
                        + " order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setParameter("action", AuditAction.MEDIA_DESCRIBED.name()).setParameter("picture", describedPrefix(assetId) + "%")
                .setMaxResults(1).getResultStream().findFirst()
                .map(e -> new ActionRefused(ActionRefused.Why.STALE, Reason.PICTURE_STALE, e.getActor(), e.getOccurredAt(),
                        expectedVersion, currentVersion))
                .orElseGet(() -> new ActionRefused(ActionRefused.Why.STALE, Reason.PICTURE_STALE_BY_SOMEONE, expectedVersion,
                        currentVersion));
    }

    private static String describedPrefix(long assetId) {
        return "picture " + assetId + ": ";
    }

    /** The fields a description changes, with their new words ({@code caption "…", credit "…"}); empty if none. */
    private static String changes(MediaAsset asset, String altText, String caption, String credit) {
        StringJoiner changed = new StringJoiner(", ");
        if (!altText.equals(asset.getAltText())) {
            changed.add("alt text \"" + altText + "\"");
        }
        if (!caption.equals(asset.getCaption())) {
            changed.add("caption \"" + caption + "\"");
        }
        if (!credit.equals(asset.getCredit())) {
            changed.add("credit \"" + credit + "\"");
        }
        return changed.toString();
    }

    @RolesAllowed(Role.WRITER_NAME)
    public AssetView get(long assetId) {
        return AssetView.of(find(assetId));
    }

    /**
     * Newest first, matching {@code text} in the caption, alt text, credit or file name
     * (case-insensitive; blank matches all); {@code describedOnly} for pickers.
     */
    @RolesAllowed(Role.WRITER_NAME)
    public AssetPage search(String text, boolean describedOnly, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.IMAGE_PAGE_UNUSABLE, MAX_PAGE);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        String pattern = null;
        if (text != null && !text.isBlank()) {
            pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(a.caption) like :p escape '\\' or lower(a.altText) like :p escape '\\'"
                    + " or lower(a.credit) like :p escape '\\' or lower(a.fileName) like :p escape '\\')");
        }
        if (describedOnly) {
            where.append(" and a.altText is not null and a.caption is not null and a.credit is not null");
        }
        TypedQuery<Long> count = em.createQuery("select count(a) from MediaAsset a" + where, Long.class);
        TypedQuery<MediaAsset> page = em.createQuery("select a from MediaAsset a" + where + " order by a.createdAt desc, a.id desc",
                MediaAsset.class);
        if (pattern != null) {
            count.setParameter("p", pattern);
            page.setParameter("p", pattern);
        }
        List<AssetView> assets = page.setFirstResult(first).setMaxResults(size).getResultStream().map(AssetView::of).toList();
        return new AssetPage(assets, count.getSingleResult(), first, size);
    }

    private MediaAsset find(long assetId) {
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        if (asset == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_IMAGE, assetId);
        }
        return asset;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String required(String value, Reason missing, Reason tooLong, int max) {
        if (value == null || value.isBlank()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, missing);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new ActionRefused(ActionRefused.Why.INVALID, tooLong, stripped.length(), max);
        }
        return stripped;
    }

    /** The name without any path, control characters or surprises, for finding it again; never used to judge the file. */
    static String cleanFileName(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "upload." + contentType.substring(contentType.indexOf('/') + 1);
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }
}
