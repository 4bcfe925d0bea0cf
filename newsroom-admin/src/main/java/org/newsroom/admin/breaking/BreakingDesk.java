package org.newsroom.admin.breaking;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.editorial.breaking.LiveStoryView;

/** Posting, editing and retracting breaking items. */
@Named
@ViewScoped
public class BreakingDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BreakingNews breakingNews;

    @EJB
    BreakingTicker ticker;

    @EJB
    LiveCoverage liveCoverage;

    private List<LiveStoryView> liveStories;

    private Edition edition = Edition.DEFAULT;
    private String text;
    private final Map<Long, String> edits = new HashMap<>();

    public void post() {
        try {
            breakingNews.post(edition, text, null, null);
            info(MessageFormat.format(text("breaking.posted"), edition.code()));
            text = null;
        } catch (DomainRuleViolation refused) {
            error(refusal(refused));
        } catch (EJBException failed) {
            error(failed.getCausedByException() instanceof DomainRuleViolation rule ? refusal(rule) : failed.getMessage());
        }
    }

    public void edit(BreakingView item) {
        try {
            breakingNews.edit(item.id(), edits.get(item.id()), item.expiresAt());
            edits.remove(item.id());
            info(text("breaking.edit"));
        } catch (DomainRuleViolation refused) {
            error(refusal(refused));
        } catch (EJBException failed) {
            error(failed.getCausedByException() instanceof DomainRuleViolation rule ? refusal(rule) : failed.getMessage());
        }
    }

    /** New texts typed next to the items, by item id. */
    public Map<Long, String> getEdits() {
        return edits;
    }

    public void retract(long itemId) {
        breakingNews.retract(itemId);
        info(text("breaking.retracted"));
    }

    /** Every edition's current items, newest first within each edition. */
    public List<BreakingView> getCurrent() {
        List<BreakingView> current = new ArrayList<>();
        for (Edition each : Edition.values()) {
            current.addAll(ticker.current(each));
        }
        return current;
    }

    /** The live stories, for their desks (live.xhtml); read once per view. */
    public List<LiveStoryView> getLiveStories() {
        if (liveStories == null) {
            liveStories = liveCoverage.liveStories(50);
        }
        return liveStories;
    }

    public Edition[] getEditions() {
        return Edition.values();
    }

    public Edition getEdition() {
        return edition;
    }

    public void setEdition(Edition edition) {
        this.edition = edition;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

}
