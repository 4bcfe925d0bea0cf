package org.newsroom.admin.editor;

import java.io.Serializable;
import java.util.Objects;
import org.newsroom.editorial.workflow.ArticleText;

/**
 * The story's text as it is in the editor's fields. Compared the way autosave needs: an
 * empty summary or body is the same as none, and spaces around the headline and summary
 * do not count as a change.
 */
public record TypedText(String headline, String summary, String body) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean sameAs(TypedText other) {
        return other != null && kept().equals(other.kept());
    }

    /**
     * The autosave rule: a text with a headline (the service refuses one without) that changed
     * since it was last kept, so the same text never becomes two revisions.
     */
    public boolean worthAutosavingOver(TypedText lastKept) {
        return headline != null && !headline.isBlank() && !sameAs(lastKept);
    }

    public ArticleText toArticleText() {
        return new ArticleText(headline, summary, body);
    }

    private String kept() {
        return Objects.toString(headline, "").strip() + "\u0000" + Objects.toString(summary, "").strip() + "\u0000"
                + Objects.toString(body, "");
    }
}
