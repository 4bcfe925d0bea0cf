package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.editorial.catalog.PublishedStories;
import org.newsroom.editorial.lease.EditLeases;
import org.newsroom.editorial.preview.StoryPreviews;
import org.newsroom.editorial.revision.RevisionView;
import org.newsroom.editorial.revision.SideBySideDiff;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleDetails;
import org.newsroom.editorial.workflow.ArticleText;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.Choice;
import org.newsroom.editorial.workflow.DetailsView;
import org.newsroom.editorial.workflow.EditorChoices;
import org.newsroom.editorial.workflow.NewArticle;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/**
 * Inside the server: the article editor's service operations (details, autosave, preview
 * passes, side-by-side diff, translations, assignment) as writers and editors call them,
 * with their refusals: wrong role, bad input, stale version; nothing half-written. The
 * desks run code as WRITER or as EDITOR (one role each, unlike real staff, whose roles
 * include those below them): editors' work on published stories is in {@link ArticleDetailsApiIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleEditorServicesIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(ArticleEditorServicesIT.class);
    }

    @EJB
    ArticleWorkflow workflow;

    @EJB
    EditorChoices choices;

    @EJB
    EditLeases leases;

    @EJB
    StoryPreviews previews;

    @EJB
    PublishedStories stories;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    // ---- details -------------------------------------------------------------------------------

    @Test
    void writerSetsSlugSectionTermsBylineSourceAndRelatedOnADraftAndANewTagIsCreated() throws Exception {
        List<Section> sections = sections(Edition.EN);
        ArticleView draft = draft(AsRole.writer(), "Harbour details " + RUN, "NEWS");
        ArticleView other = draft(AsRole.writer(), "Harbour neighbour " + RUN, "NEWS");
        long region = persist(new Region(Edition.EN, "Region " + RUN, Slug.from("region " + RUN)));
        long coverage = persist(new Coverage(Edition.EN, "Coverage " + RUN, Slug.from("coverage " + RUN), null));
        long tag = persist(new Tag(Edition.EN, "Existing tag " + RUN, Slug.from("existing tag " + RUN)));
        long author = persist(new Author("Author " + RUN, Slug.from("author " + RUN), null));
        String newTag = "Brand new tag " + RUN;

        DetailsView described = AsRole.writer().call(() -> workflow.describe(draft.id(), draft.version(), new ArticleDetails(
                "harbour-" + RUN, sections.get(1).getId(), List.of(region), List.of(tag), List.of(newTag), List.of(coverage),
                List.of(author), "  Port authority  ", List.of(other.id()), null)));

        assertEquals("harbour-" + RUN, described.slug());
        assertEquals(sections.get(1).getId(), described.sectionId());
        assertEquals(List.of(new Choice(region, "Region " + RUN)), described.regions());
        assertEquals(List.of("Existing tag " + RUN, newTag), described.tags().stream().map(Choice::name).toList());
        assertEquals(List.of(new Choice(coverage, "Coverage " + RUN)), described.coverages());
        assertEquals(List.of(new Choice(author, "Author " + RUN)), described.authors());
        assertEquals("Port authority", described.source());
        assertEquals(List.of(new Choice(other.id(), other.headline())), described.related());
        long created = em.createQuery("select count(t) from Tag t where t.edition = :e and t.name = :n", Long.class)
                .setParameter("e", Edition.EN).setParameter("n", newTag).getSingleResult();
        assertEquals(1, created, "the new tag exists once");
        // The new tag is offered by the autocomplete from now on, and naming it again reuses it.
        assertEquals(List.of(newTag), AsRole.writer().call(() -> choices.tags("en", "brand new tag " + RUN)).stream().map(Choice::name).toList());
        DetailsView again = AsRole.writer().call(() -> workflow.describe(draft.id(), described.version(), new ArticleDetails(
                null, null, List.of(), List.of(), List.of(newTag.toUpperCase()), List.of(), List.of(), null, List.of(), null)));
        assertEquals(List.of(newTag), again.tags().stream().map(Choice::name).toList());
        assertEquals("harbour-" + RUN, again.slug(), "a blank slug keeps the current one");
        String audited = em.createQuery("select e.detail from AuditEntry e where e.articleId = :id and e.action = 'EDIT_DETAILS' "
                + "order by e.id", String.class).setParameter("id", draft.id()).setMaxResults(1).getSingleResult();
        assertTrue(audited.contains("new tag " + newTag), audited);
    }

    @Test
    void aSlugAlreadyUsedInTheEditionIsRefusedClearlyAndNothingChanges() throws Exception {
        ArticleView first = draft(AsRole.writer(), "Slug owner " + RUN, "NEWS");
        ArticleView second = draft(AsRole.writer(), "Slug seeker " + RUN, "NEWS");
        long tag = persist(new Tag(Edition.EN, "Unsaved tag " + RUN, Slug.from("unsaved tag " + RUN)));

        ActionRefused taken = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(second.id(), second.version(),
                new ArticleDetails(first.slug(), null, List.of(), List.of(tag), List.of("Never made " + RUN), List.of(), List.of(),
                        null, List.of(), null))));
        assertEquals(ActionRefused.Why.RULE, taken.why());
        assertTrue(taken.getMessage().contains("already used in the en edition by \"Slug owner " + RUN + "\""), taken.getMessage());
        DetailsView unchanged = AsRole.writer().call(() -> workflow.details(second.id()));
        assertEquals(second.slug(), unchanged.slug());
        assertEquals(List.of(), unchanged.tags(), "the refused save left no tag on the story");
        assertEquals(0L, em.createQuery("select count(t) from Tag t where t.name = :n", Long.class)
                .setParameter("n", "Never made " + RUN).getSingleResult(), "nor a half-made tag");

        ActionRefused malformed = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(second.id(), second.version(),
                details("Not A Slug!", null))));
        assertTrue(malformed.getMessage().startsWith("Not a valid slug"), malformed.getMessage());
    }

    @Test
    void videoAddressMustBeHttpsAndOnlyOnVideoStories() throws Exception {
        ArticleView video = draft(AsRole.writer(), "Video details " + RUN, "VIDEO");
        ArticleView news = draft(AsRole.writer(), "Not a video " + RUN, "NEWS");
        for (String bad : List.of("http://video.example.org/1", "javascript:alert(1)", "video.example.org/1")) {
            ActionRefused refused = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(video.id(), video.version(),
                    details(null, bad))));
            assertTrue(refused.getMessage().contains("https://"), refused.getMessage());
        }
        ActionRefused notVideo = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(news.id(), news.version(),
                details(null, "https://video.example.org/1"))));
        assertEquals("Only a video story takes a video address", notVideo.getMessage());
        DetailsView ok = AsRole.writer().call(() -> workflow.describe(video.id(), video.version(), details(null, "https://video.example.org/watch/1")));
        assertEquals("https://video.example.org/watch/1", ok.videoUrl());
        assertEquals("VIDEO", ok.kind());
    }

    @Test
    void staleVersionsOtherPeoplesStoriesAndAnonymousCallersAreRefused() throws Exception {
        ArticleView draft = draft(AsRole.writer(), "Stale details " + RUN, "NEWS");
        AsRole.writer().call(() -> workflow.save(draft.id(), draft.version(), new ArticleText("Stale details " + RUN, "moved on", "<p>x</p>")));
        ActionRefused stale = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(draft.id(), draft.version(),
                details("stale-" + RUN, null))));
        assertEquals(ActionRefused.Why.STALE, stale.why());

        long someoneElses = someoneElsesDraft("Someone else's " + RUN);
        long version = em.find(Article.class, someoneElses).getVersion();
        ActionRefused notYours = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(someoneElses, version,
                details(null, null))));
        assertEquals(ActionRefused.Why.NOT_ALLOWED, notYours.why());

        assertThrows(EJBAccessException.class, () -> workflow.describe(draft.id(), draft.version(), details(null, null)));
        assertThrows(EJBAccessException.class, () -> workflow.autosave(draft.id(), new ArticleText("x", null, null)));
        assertThrows(EJBAccessException.class, () -> previews.issue(draft.id()));
        assertThrows(EJBAccessException.class, () -> choices.tags("en", "a"));
        // Assignment is an editor's job, and so is the list of staff to assign to.
        assertThrows(EJBAccessException.class, () -> AsRole.writer().call(() -> choices.staff("a")));
        assertThrows(EJBAccessException.class, () -> AsRole.writer().call(() -> workflow.assign(draft.id(), 0, null, "x")));
    }

    @Test
    void unknownTermsAndTermsOfAnotherEditionAreRefused() throws Exception {
        ArticleView draft = draft(AsRole.writer(), "Foreign terms " + RUN, "NEWS");
        long spanishTag = persist(new Tag(Edition.ES, "Etiqueta " + RUN, Slug.from("etiqueta " + RUN)));
        ActionRefused foreign = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(draft.id(), draft.version(),
                new ArticleDetails(null, null, List.of(), List.of(spanishTag), List.of(), List.of(), List.of(), null, List.of(), null))));
        assertTrue(foreign.getMessage().contains("must belong to the story's edition"), foreign.getMessage());
        ActionRefused unknown = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(draft.id(), draft.version(),
                new ArticleDetails(null, null, List.of(-5L), List.of(), List.of(), List.of(), List.of(), null, List.of(), null))));
        assertEquals("There is no region -5", unknown.getMessage());
        ActionRefused self = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(draft.id(), draft.version(),
                new ArticleDetails(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(draft.id()), null))));
        assertEquals("A story cannot be related to itself", self.getMessage());
        ActionRefused blankTag = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.describe(draft.id(), draft.version(),
                new ArticleDetails(null, null, List.of(), List.of(), List.of("  "), List.of(), List.of(), null, List.of(), null))));
        assertEquals("A new tag needs a name", blankTag.getMessage());
    }

    // ---- autosave, revisions, side-by-side diff ---------------------------------------------------

    @Test
    void autosaveKeepsTheTextAsARevisionWithoutChangingTheStoryAndCanBeRestored() throws Exception {
        ArticleView draft = draft(AsRole.writer(), "Autosaved " + RUN, "NEWS");
        ArticleText typing = new ArticleText("Autosaved " + RUN, "half a summary", "<p>Half a thought<script>x()</script></p>");
        ActionRefused noLease = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> workflow.autosave(draft.id(), typing)));
        assertTrue(noLease.getMessage().contains("edit lease"), noLease.getMessage());

        AsRole.writer().call(() -> leases.acquire(draft.id()));
        Integer number = AsRole.writer().call(() -> workflow.autosave(draft.id(), typing)).orElseThrow();
        assertTrue(AsRole.writer().call(() -> workflow.autosave(draft.id(), typing)).isEmpty(), "the same text is not kept twice");
        List<RevisionView> revisions = AsRole.writer().call(() -> workflow.revisions(draft.id()));
        RevisionView autosaved = revisions.get(revisions.size() - 1);
        assertEquals(number, autosaved.number());
        assertEquals("AUTOSAVE", autosaved.reason());
        assertEquals("<p>Half a thought</p>", autosaved.body(), "autosaves are sanitized like saves");
        ArticleView story = AsRole.writer().call(() -> workflow.get(draft.id()));
        assertEquals(draft.version(), story.version(), "the story itself is unchanged: the next save is not stale");
        assertEquals(null, story.body());

        SideBySideDiff diff = AsRole.writer().call(() -> workflow.sideBySide(draft.id(), number - 1, number));
        assertEquals(SideBySideDiff.Change.ADDED, diff.rows().get(diff.rows().size() - 1).change());
        assertEquals(SideBySideDiff.Change.ADDED, diff.rows().get(1).change(), "the summary was added");

        ArticleView restored = AsRole.writer().call(() -> workflow.restore(draft.id(), story.version(), number));
        assertEquals("<p>Half a thought</p>", restored.body());
        assertEquals("half a summary", restored.summary());
    }

    // ---- preview ---------------------------------------------------------------------------------

    @Test
    void aPreviewPassShowsTheDraftToItsBearerAndNothingShowsWithoutOne() throws Exception {
        ArticleView draft = draft(AsRole.writer(), "Preview me " + RUN, "NEWS");
        String token = AsRole.writer().call(() -> previews.issue(draft.id()));
        assertEquals(43, token.length());
        assertEquals("Preview me " + RUN, stories.preview(token).orElseThrow().headline());
        assertTrue(stories.preview("A".repeat(43)).isEmpty());
        assertTrue(stories.preview("../../etc").isEmpty());
        assertTrue(stories.preview(null).isEmpty());
        ActionRefused missing = assertThrows(ActionRefused.class, () -> AsRole.writer().call(() -> previews.issue(-1)));
        assertEquals(ActionRefused.Why.NOT_FOUND, missing.why());
    }

    // ---- translations and assignment -------------------------------------------------------------

    @Test
    void aTranslationIsListedBothWaysAndEditorsFindStaffToAssign() throws Exception {
        ArticleView draft = draft(AsRole.writer(), "Translate me " + RUN, "NEWS");
        Section spanish = sections(Edition.ES).get(0);
        ArticleView translation = AsRole.writer().call(() -> workflow.translate(draft.id(), "es", spanish.getId()));
        assertEquals(List.of("es"), AsRole.writer().call(() -> choices.translations(draft.id())).stream().map(t -> t.edition()).toList());
        assertEquals(List.of(draft.id()), AsRole.writer().call(() -> choices.translations(translation.id())).stream().map(t -> t.id()).toList());

        assertTrue(AsRole.editor().call(() -> choices.staff("admin")).contains("admin"));
        List<Choice> related = AsRole.writer().call(() -> choices.stories("en", "translate me " + RUN, -1));
        assertEquals(List.of(draft.id()), related.stream().map(Choice::id).toList());
        assertFalse(AsRole.writer().call(() -> choices.stories("en", "translate me " + RUN, draft.id())).stream().anyMatch(c -> c.id() == draft.id()));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static ArticleDetails details(String slug, String videoUrl) throws Exception {
        return new ArticleDetails(slug, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), videoUrl);
    }

    private ArticleView draft(AsRole desk, String headline, String kind) throws Exception {
        long section = sections(Edition.EN).get(0).getId();
        return desk.call(() -> workflow.create(new NewArticle("en", headline, section, null, kind)));
    }

    private List<Section> sections(Edition edition) throws Exception {
        List<Section> found = em.createQuery("select s from Section s where s.edition = :e order by s.id", Section.class)
                .setParameter("e", edition).getResultList();
        assertTrue(found.size() >= 2, "the demo content has sections in " + edition.code());
        return found;
    }

    private long persist(Object term) throws Exception {
        tx.begin();
        em.persist(term);
        em.flush();
        tx.commit();
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(term);
    }

    private long someoneElsesDraft(String headline) throws Exception {
        tx.begin();
        Section section = em.find(Section.class, sections(Edition.EN).get(0).getId());
        Article article = new Article(Edition.EN, ArticleKind.NEWS, headline, section, "someone-else-" + RUN, Instant.now());
        em.persist(article);
        em.flush();
        tx.commit();
        return article.getId();
    }
}
