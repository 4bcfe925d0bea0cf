package org.newsroom.admin.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsroom.admin.security.SignedInStaff;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.listing.ArticleFilter;
import org.newsroom.editorial.listing.ArticleListing;
import org.newsroom.editorial.listing.ArticleRow;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;

/** The start of a working day: my drafts, the desk's queue, what goes up soon, what is live. */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleListing listing;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    BreakingTicker ticker;

    @Inject
    SignedInStaff staff;

    private String desk;
    private transient List<ArticleRow> myDrafts;
    private transient List<ArticleView> reviewQueue;
    private transient List<ArticleRow> scheduled;
    private transient List<ArticleRow> recentlyPublished;
    private transient List<BreakingView> breaking;
    private transient Map<ArticleStatus, Long> counts;

    public List<ArticleRow> getMyDrafts() {
        if (myDrafts == null) {
            myDrafts = listing.page(new ArticleFilter(null, null, Set.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED),
                    staff.getName(), null, null, null, null), 0, 20, "updatedAt", false);
        }
        return myDrafts;
    }

    /** Editors only: the service refuses writers, so writers are never asked. */
    public List<ArticleView> getReviewQueue() {
        if (reviewQueue == null) {
            reviewQueue = staff.isEditor() ? workflow.reviewQueue(desk) : List.of();
        }
        return reviewQueue;
    }

    public void changeDesk() {
        reviewQueue = null;
    }

    public List<ArticleRow> getScheduled() {
        if (scheduled == null) {
            scheduled = listing.scheduledWithin(Duration.ofHours(24), 50);
        }
        return scheduled;
    }

    public List<ArticleRow> getRecentlyPublished() {
        if (recentlyPublished == null) {
            recentlyPublished = listing.recentlyPublished(10);
        }
        return recentlyPublished;
    }

    public List<BreakingView> getBreaking() {
        if (breaking == null) {
            breaking = new ArrayList<>();
            for (Edition edition : Edition.values()) {
                breaking.addAll(ticker.current(edition));
            }
        }
        return breaking;
    }

    public Map<ArticleStatus, Long> getCounts() {
        if (counts == null) {
            counts = listing.countsByStatus();
        }
        return counts;
    }

    public List<Map.Entry<ArticleStatus, Long>> getCountList() {
        return List.copyOf(getCounts().entrySet());
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }
}
