package org.newsroom.editorial.preview;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.preview.PreviewPass;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.editorial.configuration.Setting;

/** Issues preview passes to staff and checks them for the reader site. */
@Stateless
public class StoryPreviews {

    /** How long a preview link works: long enough to read and share with the desk, short enough to go stale. */
    public static final Duration TERM = Duration.ofMinutes(Setting.PREVIEW_MINUTES.number());

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /** A new pass for one story; expired passes are cleared on the way. */
    @RolesAllowed(Role.WRITER_NAME)
    public String issue(long articleId) {
        if (em.find(Article.class, articleId) == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_STORY, articleId);
        }
        em.createQuery("delete from PreviewPass p where p.expiresAt < :now").setParameter("now", clock.instant()).executeUpdate();
        PreviewPass pass = new PreviewPass(articleId, session.getCallerPrincipal().getName(), clock.instant(), TERM);
        em.persist(pass);
        return pass.getToken();
    }

    /** The story a pass shows, while it is valid. Anonymous: the pass itself is the permission. */
    @PermitAll
    public Optional<Long> storyFor(String token) {
        if (!PreviewPass.looksLikeToken(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PreviewPass.class, token))
                .filter(pass -> pass.isValidAt(clock.instant()))
                .map(PreviewPass::getArticleId);
    }
}
