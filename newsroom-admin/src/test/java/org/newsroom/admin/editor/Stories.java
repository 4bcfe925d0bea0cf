package org.newsroom.admin.editor;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.Choice;
import org.newsroom.editorial.workflow.DetailsView;

/** Stories and details as the service would hand them to the editor, for tests without a server. */
final class Stories {

    private Stories() {
    }

    static ArticleView story(String headline, String summary, String body, StoryAction... allowed) {
        return new ArticleView(7, 3, "en", "DRAFT", headline, "a-slug", summary, body, 11, "politics", null, "wendy",
                Instant.parse("2026-12-03T09:00:00Z"), null, null, null, null, "group-7",
                Arrays.stream(allowed).map(StoryAction::wireName).toList());
    }

    static DetailsView details() {
        return new DetailsView(7, 3, "NEWS", "a-slug", 11,
                List.of(new Choice(1, "North"), new Choice(2, "South")),
                List.of(new Choice(5, "Elections")),
                List.of(new Choice(9, "Budget week")),
                List.of(new Choice(20, "Wendy Writer"), new Choice(21, "Ed Editor")),
                null,
                List.of(new Choice(30, "The earlier story")),
                null, null);
    }
}
