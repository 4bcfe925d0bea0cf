package org.newsroom.domain.article;

import static org.newsroom.domain.article.ArticleStatus.APPROVED;
import static org.newsroom.domain.article.ArticleStatus.ARCHIVED;
import static org.newsroom.domain.article.ArticleStatus.CHANGES_REQUESTED;
import static org.newsroom.domain.article.ArticleStatus.DRAFT;
import static org.newsroom.domain.article.ArticleStatus.IN_REVIEW;
import static org.newsroom.domain.article.ArticleStatus.PUBLISHED;
import static org.newsroom.domain.article.ArticleStatus.SCHEDULED;
import static org.newsroom.domain.article.ArticleStatus.UNPUBLISHED;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal.Word;

/**
 * What a member of staff can do with a story, who may do it and from which states: the one table of the
 * workflow's role × state rules. The editorial services check an action here before they do it
 * ({@link #refusal}), and tell the console and the staff API which actions a person has on a story
 * ({@link #allowedFor}), so a button is shown exactly when the service would accept the click.
 *
 * <p>Writers are held to their own stories while those are drafts or sent back ({@link #writerHeld});
 * editors and above are not. The states are the ones people act from; the story's own state machine
 * ({@link ArticleStatus#next()}) also has the scheduler's moves (a scheduled story going up at its time,
 * a published one coming down at its), and every move in this table is one of that machine's (a test
 * checks), so the table can never promise a move the story refuses.
 */
public enum StoryAction {
    /** The text: headline, summary and body, saved, autosaved or restored from a revision. */
    EDIT("edit", Role.WRITER, true, null,
            DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED),
    /** Details (slug, section, terms, byline, related stories, video) and pictures. */
    DESCRIBE("describe", Role.WRITER, true, null,
            DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED),
    SUBMIT("submit", Role.WRITER, true, IN_REVIEW, DRAFT, CHANGES_REQUESTED),
    REOPEN("reopen", Role.WRITER, true, DRAFT, CHANGES_REQUESTED, APPROVED),
    REQUEST_CHANGES("request-changes", Role.EDITOR, false, CHANGES_REQUESTED, IN_REVIEW),
    APPROVE("approve", Role.EDITOR, false, APPROVED, IN_REVIEW),
    SCHEDULE("schedule", Role.EDITOR, false, SCHEDULED, APPROVED),
    RESCHEDULE("reschedule", Role.EDITOR, false, null, SCHEDULED),
    CANCEL_SCHEDULE("cancel-schedule", Role.EDITOR, false, APPROVED, SCHEDULED),
    EMBARGO("embargo", Role.EDITOR, false, null,
            DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, UNPUBLISHED),
    PUBLISH("publish", Role.EDITOR, false, PUBLISHED, APPROVED, UNPUBLISHED),
    UNPUBLISH("unpublish", Role.CHIEF_EDITOR, false, UNPUBLISHED, PUBLISHED),
    CORRECT("correct", Role.CHIEF_EDITOR, false, null, PUBLISHED),
    ARCHIVE("archive", Role.EDITOR, false, ARCHIVED, DRAFT, UNPUBLISHED),
    ASSIGN("assign", Role.EDITOR, false, null,
            DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED);

    /** The states in which a writer may still act on their own story. */
    private static final Set<ArticleStatus> WRITER_STAGES = EnumSet.of(DRAFT, CHANGES_REQUESTED);

    private final String wireName;
    private final Role least;
    private final boolean writerHeld;
    private final ArticleStatus target;
    private final Set<ArticleStatus> from;

    StoryAction(String wireName, Role least, boolean writerHeld, ArticleStatus target,
                ArticleStatus... from) {
        this.wireName = wireName;
        this.least = least;
        this.writerHeld = writerHeld;
        this.target = target;
        this.from = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(from)));
    }

    /** Why a refused action was refused: the person may not, or the story is not in a state for it. */
    public enum Refused { NOT_ALLOWED, WRONG_STATE }

    /** Why, and what to tell the person (a refusal of the {@code refusals} bundles). */
    public record Refusal(Refused why, org.newsroom.domain.refusal.Refusal reason) {

        Refusal(Refused why, Reason reason, Object... arguments) {
            this(why, org.newsroom.domain.refusal.Refusal.of(reason, arguments));
        }
    }

    /** The name in the staff API (its transition path and a story's {@code allowedActions}). */
    public String wireName() {
        return wireName;
    }

    /** The least role that may take this action (each role includes the ones before it). */
    public Role least() {
        return least;
    }

    /** Whether a writer may take it only on their own story, while a draft or sent back. */
    public boolean writerHeld() {
        return writerHeld;
    }

    /** The state the story moves to, or empty for an action that leaves it where it is. */
    public Optional<ArticleStatus> target() {
        return Optional.ofNullable(target);
    }

    /** The states this action is taken from. */
    public Set<ArticleStatus> from() {
        return from;
    }

    public static Optional<StoryAction> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    /**
     * Why {@code caller}, whose highest role is {@code role}, may not take this action on a story in
     * {@code status} written by {@code author}; empty when they may.
     */
    public Optional<Refusal> refusal(ArticleStatus status, String author, String caller, Role role) {
        if (role == null || !role.includes(least)) {
            return Optional.of(new Refusal(Refused.NOT_ALLOWED, Reason.ROLE_TOO_LOW, Word.of(least, "plural"), this));
        }
        if (writerHeld && role == Role.WRITER) {
            if (!author.equals(caller)) {
                return Optional.of(new Refusal(Refused.NOT_ALLOWED, Reason.WRITER_ON_OTHERS_STORY, author));
            }
            if (!WRITER_STAGES.contains(status) && from.contains(status)) {
                return Optional.of(new Refusal(Refused.NOT_ALLOWED,
                        this == REOPEN ? Reason.WRITER_REOPENS_APPROVED : Reason.WRITER_PAST_DRAFT));
            }
        }
        if (!from.contains(status)) {
            return Optional.of(target != null
                    ? new Refusal(Refused.WRONG_STATE, Reason.STORY_CANNOT_BECOME, status, target)
                    : new Refusal(Refused.WRONG_STATE, Reason.STORY_CANNOT_BE, status, Word.of(this, "state")));
        }
        return Optional.empty();
    }

    /** Every action this caller may take on a story in {@code status} written by {@code author}. */
    public static Set<StoryAction> allowedFor(ArticleStatus status, String author, String caller, Role role) {
        Set<StoryAction> allowed = EnumSet.noneOf(StoryAction.class);
        for (StoryAction action : values()) {
            if (action.refusal(status, author, caller, role).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

}
