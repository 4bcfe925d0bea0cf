package org.newsroom.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.domain.article.StoryAction.APPROVE;
import static org.newsroom.domain.article.StoryAction.ARCHIVE;
import static org.newsroom.domain.article.StoryAction.ASSIGN;
import static org.newsroom.domain.article.StoryAction.CANCEL_SCHEDULE;
import static org.newsroom.domain.article.StoryAction.CORRECT;
import static org.newsroom.domain.article.StoryAction.DESCRIBE;
import static org.newsroom.domain.article.StoryAction.EDIT;
import static org.newsroom.domain.article.StoryAction.EMBARGO;
import static org.newsroom.domain.article.StoryAction.PUBLISH;
import static org.newsroom.domain.article.StoryAction.REOPEN;
import static org.newsroom.domain.article.StoryAction.REQUEST_CHANGES;
import static org.newsroom.domain.article.StoryAction.RESCHEDULE;
import static org.newsroom.domain.article.StoryAction.SCHEDULE;
import static org.newsroom.domain.article.StoryAction.SUBMIT;
import static org.newsroom.domain.article.StoryAction.UNPUBLISH;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.staff.Role;

/** The role × state table, written out by hand: what each person may do with a story in each state. */
class StoryActionTest {

    private static final String AUTHOR = "amal";

    /** What an editor may do, per state; a chief editor and an administrator also unpublish and correct. */
    private static final Map<ArticleStatus, Set<StoryAction>> EDITOR = new EnumMap<>(Map.of(
            ArticleStatus.DRAFT, EnumSet.of(EDIT, DESCRIBE, SUBMIT, EMBARGO, ARCHIVE, ASSIGN),
            ArticleStatus.IN_REVIEW, EnumSet.of(EDIT, DESCRIBE, REQUEST_CHANGES, APPROVE, EMBARGO, ASSIGN),
            ArticleStatus.CHANGES_REQUESTED, EnumSet.of(EDIT, DESCRIBE, SUBMIT, REOPEN, EMBARGO, ASSIGN),
            ArticleStatus.APPROVED, EnumSet.of(EDIT, DESCRIBE, REOPEN, SCHEDULE, EMBARGO, PUBLISH, ASSIGN),
            ArticleStatus.SCHEDULED, EnumSet.of(DESCRIBE, RESCHEDULE, CANCEL_SCHEDULE, EMBARGO, ASSIGN),
            ArticleStatus.PUBLISHED, EnumSet.of(DESCRIBE, ASSIGN),
            ArticleStatus.UNPUBLISHED, EnumSet.of(DESCRIBE, EMBARGO, PUBLISH, ARCHIVE, ASSIGN),
            ArticleStatus.ARCHIVED, EnumSet.noneOf(StoryAction.class)));

    /** What a writer may do with their own story; with anyone else's, nothing. */
    private static final Map<ArticleStatus, Set<StoryAction>> WRITER_OWN = new EnumMap<>(Map.of(
            ArticleStatus.DRAFT, EnumSet.of(EDIT, DESCRIBE, SUBMIT),
            ArticleStatus.CHANGES_REQUESTED, EnumSet.of(EDIT, DESCRIBE, SUBMIT, REOPEN)));

    @Test
    void everyRoleInEveryStateMayDoExactlyWhatTheTableSays() {
        for (ArticleStatus status : ArticleStatus.values()) {
            Set<StoryAction> chief = EnumSet.copyOf(EDITOR.get(status));
            if (status == ArticleStatus.PUBLISHED) {
                chief.addAll(EnumSet.of(UNPUBLISH, CORRECT));
            }
            assertEquals(WRITER_OWN.getOrDefault(status, EnumSet.noneOf(StoryAction.class)),
                    StoryAction.allowedFor(status, AUTHOR, AUTHOR, Role.WRITER), "writer, own story, " + status);
            assertEquals(EnumSet.noneOf(StoryAction.class),
                    StoryAction.allowedFor(status, AUTHOR, "bruno", Role.WRITER), "writer, someone else's story, " + status);
            for (String caller : new String[] {AUTHOR, "bruno"}) {
                assertEquals(EDITOR.get(status), StoryAction.allowedFor(status, AUTHOR, caller, Role.EDITOR), "editor, " + status);
                assertEquals(chief, StoryAction.allowedFor(status, AUTHOR, caller, Role.CHIEF_EDITOR), "chief editor, " + status);
                assertEquals(chief, StoryAction.allowedFor(status, AUTHOR, caller, Role.ADMIN), "admin, " + status);
            }
        }
    }

    @Test
    void everyMoveInTheTableIsAMoveTheStoryItselfAllows() {
        for (StoryAction action : StoryAction.values()) {
            action.target().ifPresent(target -> action.from().forEach(status ->
                    assertTrue(status.canMoveTo(target), action + " moves " + status + " to " + target)));
        }
    }

    @Test
    void refusalsSayWhoMayOrWhyTheStateForbidsIt() {
        assertRefused(StoryAction.Refused.NOT_ALLOWED, "Only chief editors and above may unpublish",
                UNPUBLISH.refusal(ArticleStatus.PUBLISHED, AUTHOR, "bruno", Role.EDITOR));
        assertRefused(StoryAction.Refused.NOT_ALLOWED, "Writers work on their own stories only; this one is amal's",
                EDIT.refusal(ArticleStatus.DRAFT, AUTHOR, "bruno", Role.WRITER));
        assertRefused(StoryAction.Refused.NOT_ALLOWED, "Only an editor can take an approved story back to draft",
                REOPEN.refusal(ArticleStatus.APPROVED, AUTHOR, AUTHOR, Role.WRITER));
        assertRefused(StoryAction.Refused.WRONG_STATE, "A story that is draft cannot become published",
                PUBLISH.refusal(ArticleStatus.DRAFT, AUTHOR, "bruno", Role.EDITOR));
        assertRefused(StoryAction.Refused.WRONG_STATE,
                "A story that is published cannot be edited; a published story is changed through a correction",
                EDIT.refusal(ArticleStatus.PUBLISHED, AUTHOR, "bruno", Role.CHIEF_EDITOR));
    }

    /** The workflow's words are said in the reader's language too, not left as English inside an Arabic sentence. */
    @Test
    void aRefusalNamesTheRoleAndTheActionInTheLanguageItIsSaidIn() {
        StoryAction.Refusal refusal = UNPUBLISH.refusal(ArticleStatus.PUBLISHED, AUTHOR, "bruno", Role.EDITOR).orElseThrow();
        assertEquals("لا يقوم بـ«إلغاء النشر» إلا رؤساء التحرير ومن هم أعلى منهم", refusal.reason().in(java.util.Locale.forLanguageTag("ar")));
        assertEquals("Solo los jefes de redacción y superiores pueden retirar", refusal.reason().in(java.util.Locale.forLanguageTag("es")));
    }

    private static void assertRefused(StoryAction.Refused why, String english, java.util.Optional<StoryAction.Refusal> refusal) {
        assertEquals(why, refusal.orElseThrow().why());
        assertEquals(english, refusal.orElseThrow().reason().english());
    }

    @Test
    void wireNamesAreTheStaffApisTransitionNames() {
        for (StoryAction action : StoryAction.values()) {
            assertEquals(action, StoryAction.fromWireName(action.wireName()).orElseThrow());
        }
        assertEquals("request-changes", REQUEST_CHANGES.wireName());
        assertTrue(StoryAction.fromWireName("teleport").isEmpty());
    }
}
