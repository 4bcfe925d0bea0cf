package org.newsroom.admin.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.admin.media.StoryPictures;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.lease.LeaseView;
import org.newsroom.editorial.media.ArticleImages;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.revision.RevisionView;
import org.newsroom.editorial.revision.SideBySideDiff;
import org.newsroom.editorial.workflow.ArticleView;

/**
 * The editor's parts are view-scoped, so they live in the HTTP session, which a cluster
 * copies to other nodes: each part, and every record it holds, must come back whole from
 * serialization. (The injected services are the container's serializable proxies; here
 * they are absent.)
 */
class EditorPartsInTheSessionTest {

    private final ArticleView draft = Stories.story("Council votes", "A short summary", "<p>The council met.</p>", StoryAction.EDIT);

    @Test
    void theOpenStoryAndItsTextComeBack() throws Exception {
        OpenStory story = new OpenStory();
        story.loaded = new FiredEvents<>();
        story.show(draft, StoryLoaded.Reason.OPENED);
        story.loaded = null;
        StoryText text = new StoryText();
        text.fill(draft);
        text.setBody("<p>The council met late.</p>");

        assertEquals(draft, roundTrip(story).getArticle());
        StoryText back = roundTrip(text);
        assertEquals(new TypedText("Council votes", "A short summary", "<p>The council met late.</p>"), back.typed());
    }

    @Test
    void theFormsOfEveryPartComeBack() throws Exception {
        StoryDetails details = new StoryDetails();
        details.fill(Stories.details());
        details.setSource("Court papers");
        StoryWorkflow workflow = new StoryWorkflow();
        workflow.setPublishAt(LocalDateTime.of(2026, 12, 24, 8, 0));
        StoryHistory history = new StoryHistory();
        history.setNewComment("Check the figures");
        StoryTranslations translations = new StoryTranslations();
        translations.setTranslationEdition(Edition.AR);
        StoryAssignment assignment = new StoryAssignment();
        assignment.setAssignee("wendy");
        NewStory newStory = new NewStory();
        newStory.setHeadline("Floods in the valley");
        StoryPictures pictures = new StoryPictures();
        pictures.setGalleryCaption("The river at dawn");

        StoryDetails detailsBack = roundTrip(details);
        assertEquals(details.input(), detailsBack.input());
        assertTrue(detailsBack.isChanged(), "still knows the details as loaded, so Save sends the new source");
        assertEquals(LocalDateTime.of(2026, 12, 24, 8, 0), roundTrip(workflow).getPublishAt());
        assertEquals("Check the figures", roundTrip(history).getNewComment());
        assertEquals(Edition.AR, roundTrip(translations).getTranslationEdition());
        assertEquals("wendy", roundTrip(assignment).getAssignee());
        assertEquals("Floods in the valley", roundTrip(newStory).getHeadline());
        assertEquals("The river at dawn", roundTrip(pictures).getGalleryCaption());
        roundTrip(new StoryLease());
    }

    @Test
    void whatThePartsHoldComesBack() throws Exception {
        StaleSave stale = StaleSave.between(draft,
                Stories.story("Council votes again", null, "<p>The council met on Monday.</p>"), "Ed saved first");
        RevisionView first = new RevisionView(1, 7, 1, Instant.parse("2026-12-03T09:00:00Z"), "wendy", "SAVE", "", "Council votes",
                null, "<p>One.</p><p>Two.</p>");
        RevisionView second = new RevisionView(2, 7, 2, Instant.parse("2026-12-03T09:05:00Z"), "wendy", "AUTOSAVE", "body",
                "Council votes", null, "<p>One.</p><p>Two and a half.</p><p>Three.</p>");
        SideBySideDiff diff = SideBySideDiff.between(first, second);
        LeaseView lease = new LeaseView(7, "wendy", Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T09:02:00Z"));
        AssetView picture = new AssetView(3, 1, "river.jpg", "image/jpeg", 1600, 900, "The river at dawn", "Dawn", "Staff",
                Instant.parse("2026-12-01T06:00:00Z"), true, List.of(320, 1024));
        ArticleImages.Illustration illustration = new ArticleImages.Illustration(7, "GALLERY", picture,
                List.of(new ArticleImages.GalleryEntry(4, 1, null, picture)));

        assertEquals(stale, roundTrip(stale));
        assertEquals(diff, roundTrip(diff));
        assertEquals(lease, roundTrip(lease));
        assertEquals(illustration, roundTrip(illustration));
        assertEquals(Stories.details(), roundTrip(Stories.details()));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T kept) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(kept);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
