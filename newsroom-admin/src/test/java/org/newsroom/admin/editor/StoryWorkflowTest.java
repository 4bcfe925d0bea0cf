package org.newsroom.admin.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsroom.domain.article.StoryAction;

/** The buttons ask the workflow's answer on the open story; the pairs that share a panel need both actions. */
class StoryWorkflowTest {

    private final StoryWorkflow buttons = new StoryWorkflow();

    private void allowed(StoryAction... actions) {
        OpenStory story = new OpenStory();
        story.loaded = new FiredEvents<>();
        story.show(Stories.story("Council votes", null, null, actions), StoryLoaded.Reason.OPENED);
        buttons.story = story;
    }

    @Test
    void reviewButtonsNeedBothApproveAndRequestChanges() {
        allowed(StoryAction.APPROVE);
        assertFalse(buttons.isCanReview());
        allowed(StoryAction.APPROVE, StoryAction.REQUEST_CHANGES);
        assertTrue(buttons.isCanReview());
    }

    @Test
    void unpublishAndCorrectComeTogether() {
        allowed(StoryAction.UNPUBLISH);
        assertFalse(buttons.isCanUnpublishOrCorrect());
        allowed(StoryAction.UNPUBLISH, StoryAction.CORRECT);
        assertTrue(buttons.isCanUnpublishOrCorrect());
    }

    @Test
    void eachButtonShowsExactlyWhenTheWorkflowAllowsItsAction() {
        allowed(StoryAction.SUBMIT);
        assertTrue(buttons.isCanSubmit());
        assertFalse(buttons.isCanReopen() || buttons.isCanSchedule() || buttons.isCanCancelSchedule() || buttons.isCanPublish());
        allowed(StoryAction.REOPEN, StoryAction.SCHEDULE, StoryAction.CANCEL_SCHEDULE, StoryAction.PUBLISH);
        assertTrue(buttons.isCanReopen() && buttons.isCanSchedule() && buttons.isCanCancelSchedule() && buttons.isCanPublish());
        assertFalse(buttons.isCanSubmit());
    }
}
