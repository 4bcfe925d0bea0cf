package org.newsroom.editorial.media;

import static org.newsroom.editorial.ActionRefused.Why.NOT_FOUND;
import static org.newsroom.editorial.ActionRefused.Why.RULE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.lease.EditLeases;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.ArticleForWrite;
import org.newsroom.editorial.StoryPermissions;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.domain.refusal.Reason;

/**
 * The pictures of a story: its lead image and, for galleries, the sequence of pictures.
 * The same rules as a text save: the caller quotes the version they edited, writers
 * touch only their own drafts, nobody works under another's lease, and only described
 * images may be used. Each change is audited; the new version comes back to the caller.
 */
@Stateless
@DeclareRoles({Role.WRITER_NAME, Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleImages {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @EJB
    EditLeases leases;

    @EJB
    ContentChangedChannel contentChanged;

    @Inject
    ArticleForWrite forWrite;

    /** The story's lead image and gallery as they are now. */
    @RolesAllowed(Role.WRITER_NAME)
    public Illustration of(long articleId) {
        return Illustration.of(find(articleId));
    }

    /** Sets (or, with {@code null}, removes) the lead image. */
    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView setLead(long articleId, long expectedVersion, Long assetId) {
        Article article = findForWrite(articleId, expectedVersion);
        MediaAsset asset = assetId == null ? null : describedAsset(assetId);
        rule(() -> article.illustrate(asset));
        audit.record(caller(), AuditAction.SAVE, articleId, assetId == null ? "lead image removed" : "lead image " + assetId);
        ArticleView view = flushed(article);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            // Teasers show the lead picture: the shelf and every page that lists the story change.
            contentChanged.send(ContentChanged.of(ContentChanged.UPDATED, article));
        }
        return view;
    }

    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView addToGallery(long articleId, long expectedVersion, long assetId, String caption) {
        Article article = findForWrite(articleId, expectedVersion);
        if (article.getKind() != ArticleKind.GALLERY) {
            throw new ActionRefused(RULE, Reason.GALLERY_ONLY_IN_GALLERY_STORY, article.getKind());
        }
        MediaAsset asset = describedAsset(assetId);
        String ownCaption = caption == null || caption.isBlank() ? null : caption.strip();
        if (ownCaption != null && ownCaption.length() > MediaDesk.MAX_CAPTION) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.GALLERY_CAPTION_TOO_LONG, MediaDesk.MAX_CAPTION);
        }
        article.addGalleryImage(asset, ownCaption);
        // The gallery rows are not the story's own columns: bump its version so concurrent edits still collide.
        em.lock(article, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(caller(), AuditAction.SAVE, articleId, "gallery picture " + assetId + " added");
        return flushed(article);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView removeFromGallery(long articleId, long expectedVersion, long galleryImageId) {
        Article article = findForWrite(articleId, expectedVersion);
        rule(() -> article.removeGalleryImage(galleryImageId));
        // The gallery rows are not the story's own columns: bump its version so concurrent edits still collide.
        em.lock(article, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(caller(), AuditAction.SAVE, articleId, "gallery picture removed");
        return flushed(article);
    }

    private MediaAsset describedAsset(long assetId) {
        MediaAsset asset = em.find(MediaAsset.class, assetId);
        if (asset == null) {
            throw new ActionRefused(NOT_FOUND, Reason.NO_IMAGE, assetId);
        }
        if (!asset.isDescribed()) {
            throw new ActionRefused(RULE, Reason.IMAGE_UNDESCRIBED);
        }
        return asset;
    }

    private Article find(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new ActionRefused(NOT_FOUND, Reason.NO_STORY, id);
        }
        return article;
    }

    private Article findForWrite(long id, long expectedVersion) {
        Article article = forWrite.at(id, expectedVersion);
        StoryPermissions.require(StoryAction.DESCRIBE, article, session);
        leases.requireNotHeldByOther(id, caller());
        return article;
    }

    /** Written inside the method; the story is locked, so no concurrent save can make this fail. */
    private ArticleView flushed(Article article) {
        em.flush();
        return ArticleView.forCaller(article, session);
    }

    private static void rule(Runnable action) {
        try {
            action.run();
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(RULE, e.refusal());
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** What the console shows in the story's picture panel. */
    public record Illustration(long articleId, String kind, AssetView lead, List<GalleryEntry> gallery) implements Serializable {

        static Illustration of(Article a) {
            return new Illustration(a.getId(), a.getKind().name(), a.getLeadMedia() == null ? null : AssetView.of(a.getLeadMedia()),
                    a.getGallery().stream().map(g -> new GalleryEntry(g.getId(), g.getPosition(), g.getCaption(),
                            AssetView.of(g.getImage()))).toList());
        }

        public boolean isGalleryStory() {
            return ArticleKind.GALLERY.name().equals(kind);
        }
    }

    /** One picture of a gallery in its place. */
    public record GalleryEntry(long id, int position, String caption, AssetView image) implements Serializable {
    }
}
