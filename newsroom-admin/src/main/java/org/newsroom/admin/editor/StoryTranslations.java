package org.newsroom.admin.editor;

import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.EditorChoices;
import org.newsroom.editorial.workflow.SectionChoice;
import org.newsroom.editorial.workflow.TranslationView;

/**
 * The story's versions in the other editions, each opening in the editor, and Start
 * translation into an edition that has none yet (the service copies text and byline).
 */
@Named
@ViewScoped
public class StoryTranslations implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    EditorChoices choices;

    @Inject
    OpenStory story;

    private Edition translationEdition;
    private Long translationSectionId;

    public List<TranslationView> getTranslations() {
        return story.getArticle() == null ? List.of() : choices.translations(story.id());
    }

    /** Editions the story has no version in yet. */
    public List<Edition> getTranslationEditions() {
        return story.getArticle() == null ? List.of() : editionsWithoutVersion(story.getArticle().edition(), getTranslations());
    }

    static List<Edition> editionsWithoutVersion(String ownEdition, List<TranslationView> translations) {
        Set<String> taken = new HashSet<>();
        taken.add(ownEdition);
        translations.forEach(t -> taken.add(t.edition()));
        return Arrays.stream(Edition.values()).filter(e -> !taken.contains(e.code())).toList();
    }

    public List<SectionChoice> getTranslationSections() {
        return translationEdition == null ? List.of() : workflow.sections(translationEdition.code());
    }

    public void translate() {
        if (translationEdition == null || translationSectionId == null) {
            error(text("editor.translation.choose"));
            return;
        }
        if (story.attempt(() -> workflow.translate(story.id(), translationEdition.code(), translationSectionId),
                "editor.translation.created")) {
            translationEdition = null;
            translationSectionId = null;
        }
    }

    public Edition getTranslationEdition() {
        return translationEdition;
    }

    public void setTranslationEdition(Edition translationEdition) {
        this.translationEdition = translationEdition;
    }

    public Long getTranslationSectionId() {
        return translationSectionId;
    }

    public void setTranslationSectionId(Long translationSectionId) {
        this.translationSectionId = translationSectionId;
    }
}
