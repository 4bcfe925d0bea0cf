package org.newsroom.admin.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.workflow.ArticleView;

class OpenStoryTest {

    private final OpenStory story = new OpenStory();
    private final FiredEvents<StoryLoaded> events = new FiredEvents<>();

    OpenStoryTest() {
        story.loaded = events;
    }

    @Test
    void showingAStoryTellsEveryPartWhy() {
        ArticleView draft = Stories.story("Council votes", null, "<p>Text.</p>", StoryAction.EDIT);

        story.show(draft, StoryLoaded.Reason.OPENED);

        assertEquals(List.of(new StoryLoaded(draft, StoryLoaded.Reason.OPENED)), events.fired);
        assertSame(draft, story.getArticle());
        assertEquals(7L, story.getId());
    }

    @Test
    void anAdoptedVersionIsQuotedWithoutRefillingTheForms() {
        ArticleView draft = Stories.story("Council votes", null, "<p>Text.</p>", StoryAction.EDIT);
        story.show(draft, StoryLoaded.Reason.OPENED);
        ArticleView withPicture = new ArticleView(draft.id(), draft.version() + 1, draft.edition(), draft.status(), draft.headline(),
                draft.slug(), draft.summary(), draft.body(), draft.sectionId(), draft.desk(), draft.assignee(), draft.createdBy(),
                draft.publishAt(), null, null, null, null, draft.translationGroup(), draft.allowedActions());

        story.adopt(withPicture);

        assertEquals(4L, story.version());
        assertEquals(1, events.fired.size(), "no second load: the unsaved text stays as typed");
    }

    @Test
    void anotherStorysVersionIsNotAdopted() {
        ArticleView draft = Stories.story("Council votes", null, "<p>Text.</p>");
        story.show(draft, StoryLoaded.Reason.OPENED);
        ArticleView other = new ArticleView(99, 40, "en", "DRAFT", "Other", "other", null, null, 11, null, null, "ed",
                null, null, null, null, null, "g", List.of());

        story.adopt(other);

        assertSame(draft, story.getArticle());
    }

    @Test
    void aPageWithoutAStoryAllowsNothing() {
        assertFalse(story.allows(StoryAction.EDIT));
        story.show(Stories.story("Council votes", null, null, StoryAction.EDIT), StoryLoaded.Reason.OPENED);
        assertTrue(story.allows(StoryAction.EDIT));
        assertFalse(story.allows(StoryAction.PUBLISH));
    }

    @Test
    void anArabicStoryIsWrittenRightToLeft() {
        ArticleView draft = Stories.story("Council votes", null, null);
        story.show(new ArticleView(draft.id(), draft.version(), "ar", draft.status(), "مجلس المدينة", draft.slug(), null, null,
                draft.sectionId(), null, null, "wendy", null, null, null, null, null, "g", List.of()), StoryLoaded.Reason.OPENED);
        assertEquals("rtl", story.getDirection());
    }
}
