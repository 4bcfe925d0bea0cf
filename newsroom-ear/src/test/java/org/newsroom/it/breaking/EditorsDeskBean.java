package org.newsroom.it.breaking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.editorial.breaking.LiveEntryView;
import org.newsroom.domain.staff.Role;

/** Test-only: calls the role-guarded services as an EDITOR would, until staff can sign in. */
@Stateless
@PermitAll
@RunAs(Role.EDITOR_NAME)
public class EditorsDeskBean implements EditorsDesk {

    @EJB
    BreakingNews breakingNews;

    @EJB
    LiveCoverage liveCoverage;

    @Override
    public BreakingView post(Edition edition, String text, Long articleId, Instant expiresAt) {
        return breakingNews.post(edition, text, articleId, expiresAt);
    }

    @Override
    public void postAndFail(Edition edition, String text) {
        breakingNews.post(edition, text, null, null);
        throw new IllegalStateException("failing on purpose after posting, to roll back");
    }

    @Override
    public BreakingView edit(long itemId, String text, Instant expiresAt) {
        return breakingNews.edit(itemId, text, expiresAt);
    }

    @Override
    public void retract(long itemId) {
        breakingNews.retract(itemId);
    }

    @Override
    public LiveEntryView addLiveEntry(long articleId, String headline, String body) {
        return liveCoverage.addEntry(articleId, headline, body);
    }

    @Override
    public BreakingView promote(long entryId) {
        return liveCoverage.promoteToTicker(entryId, null);
    }

    @Override
    public LiveEntryView editLiveEntry(long entryId, String headline, String body) {
        return liveCoverage.editEntry(entryId, headline, body);
    }

    @Override
    public void removeLiveEntry(long entryId) {
        liveCoverage.removeEntry(entryId);
    }
}
