package org.newsroom.it.breaking;

import jakarta.ejb.Local;
import java.time.Instant;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.LiveEntryView;

/** What an editor does in these tests; implemented by {@link EditorsDeskBean}, which runs as EDITOR. */
@Local
public interface EditorsDesk {

    /** The JNDI name of the bean in the test EAR (application "newsroom", module "newsroom-test-desk"). */
    String JNDI = "java:global/newsroom/newsroom-test-desk/EditorsDeskBean!org.newsroom.it.breaking.EditorsDesk";

    BreakingView post(Edition edition, String text, Long articleId, Instant expiresAt);

    /** Posts, then fails: the transaction rolls back. */
    void postAndFail(Edition edition, String text);

    BreakingView edit(long itemId, String text, Instant expiresAt);

    void retract(long itemId);

    LiveEntryView addLiveEntry(long articleId, String headline, String body);

    BreakingView promote(long entryId);

    LiveEntryView editLiveEntry(long entryId, String headline, String body);

    void removeLiveEntry(long entryId);
}
