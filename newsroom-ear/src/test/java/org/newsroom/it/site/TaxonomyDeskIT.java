package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.site.Refusals.deniedForRole;
import static org.newsroom.it.site.Refusals.refusal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.editorial.publishing.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.editorial.taxonomy.TagView;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.newsroom.editorial.workflow.ActionRefused;

/** Renaming and merging tags: who may, what is refused, what moves, and what the reader site is told. */
@ExtendWith(ArquillianExtension.class)
class TaxonomyDeskIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SiteDeployment.earWithRoles(TaxonomyDeskIT.class, Refusals.class);
    }

    @EJB
    TaxonomyDesk desk;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = ContentChangedChannel.TOPIC)
    Topic contentTopic;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long newTag(Edition edition, String name) throws Exception {
        tx.begin();
        Tag tag = new Tag(edition, name, Slug.from(name));
        em.persist(tag);
        tx.commit();
        return tag.getId();
    }

    /** A story of the edition carrying the given tags, published when asked. */
    private long newStory(Edition edition, boolean published, long... tagIds) throws Exception {
        tx.begin();
        Section section = em.createQuery("select s from Section s where s.edition = :e order by s.id", Section.class)
                .setParameter("e", edition).setMaxResults(1).getSingleResult();
        Article story = new Article(edition, ArticleKind.NEWS, unique("Tagged story"), section, "site-test", Instant.now());
        List<Tag> tags = new ArrayList<>();
        for (long id : tagIds) {
            tags.add(em.find(Tag.class, id));
        }
        story.classify(List.of(), tags, List.of());
        if (published) {
            story.submitForReview();
            story.approve();
            story.publish(Instant.now());
        }
        em.persist(story);
        tx.commit();
        return story.getId();
    }

    private List<String> tagSlugs(long articleId) {
        return em.createQuery("select t.slug from Article a join a.tags t where a.id = :id order by t.slug", String.class)
                .setParameter("id", articleId).getResultList();
    }

    @Test
    void aChiefEditorRenamesATagTheSlugStaysAndTheReaderSiteIsTold() throws Exception {
        String name = unique("rename me");
        long tagId = newTag(Edition.EN, name);
        long storyId = newStory(Edition.EN, true, tagId);
        String slug = em.find(Tag.class, tagId).getSlug();
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(contentTopic, ContentChangedChannel.ARTICLE_ID + " = " + storyId);
            TagView renamed = AsRole.chiefEditor().call(() -> desk.renameTag(tagId, "  Harbour works  "));
            assertEquals("Harbour works", renamed.name());
            assertEquals(slug, renamed.slug());
            assertEquals(1, renamed.stories());
            Message message = consumer.receive(10_000);
            assertNotNull(message, "no ContentChanged for the story carrying the tag");
            assertEquals(ContentChanged.TAXONOMY, message.getStringProperty(ContentChangedChannel.CHANGE));
            assertEquals("en", message.getStringProperty(ContentChangedChannel.EDITION));
            assertTrue(message.getStringProperty(ContentChangedChannel.TAGS).contains(slug));
        }
        assertEquals("Harbour works", em.find(Tag.class, tagId).getName());
        long audited = em.createQuery("select count(e) from AuditEntry e where e.action = 'TAXONOMY_CHANGED' and e.detail like :d", Long.class)
                .setParameter("d", "tag en/" + slug + " renamed%").getSingleResult();
        assertEquals(1, audited);
    }

    @Test
    void aBlankOrOverlongNameIsRefusedAndTheOldNameStays() throws Exception {
        String name = unique("keep me");
        long tagId = newTag(Edition.ES, name);
        ActionRefused blank = refusal(() -> AsRole.chiefEditor().call(() -> desk.renameTag(tagId, "   ")));
        assertEquals("A tag needs a name", blank.getMessage());
        ActionRefused tooLong = refusal(() -> AsRole.chiefEditor().call(() -> desk.renameTag(tagId, "x".repeat(121))));
        assertTrue(tooLong.getMessage().contains("at most 120"));
        assertEquals(name, em.find(Tag.class, tagId).getName());
        assertEquals(ActionRefused.Why.NOT_FOUND, refusal(() -> AsRole.chiefEditor().call(() -> desk.renameTag(-1, "x"))).why());
    }

    @Test
    void writersAndEditorsMayNotChangeTags() throws Exception {
        String name = unique("guarded");
        long tagId = newTag(Edition.EN, name);
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> desk.renameTag(tagId, "Taken over"))));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> desk.renameTag(tagId, "Taken over"))));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> desk.mergeTags(tagId, tagId))));
        assertEquals(name, em.find(Tag.class, tagId).getName());
    }

    @Test
    void mergingMovesEveryStoryAndRemovesTheMergedTag() throws Exception {
        long from = newTag(Edition.EN, unique("merge from"));
        long into = newTag(Edition.EN, unique("merge into"));
        long onlyFrom = newStory(Edition.EN, true, from);
        long both = newStory(Edition.EN, false, from, into);
        String intoSlug = em.find(Tag.class, into).getSlug();
        TagView merged = AsRole.chiefEditor().call(() -> desk.mergeTags(from, into));
        assertEquals(2, merged.stories());
        assertNull(em.find(Tag.class, from));
        assertEquals(List.of(intoSlug), tagSlugs(onlyFrom));
        assertEquals(List.of(intoSlug), tagSlugs(both));
    }

    @Test
    void tagsOfDifferentEditionsOrTheSameTagTwiceCannotBeMerged() throws Exception {
        long english = newTag(Edition.EN, unique("english"));
        long arabic = newTag(Edition.AR, unique("arabic"));
        long story = newStory(Edition.EN, false, english);
        ActionRefused editions = refusal(() -> AsRole.chiefEditor().call(() -> desk.mergeTags(english, arabic)));
        assertEquals("Tags of different editions cannot be merged", editions.getMessage());
        ActionRefused same = refusal(() -> AsRole.chiefEditor().call(() -> desk.mergeTags(english, english)));
        assertEquals("Choose two different tags to merge", same.getMessage());
        assertNotNull(em.find(Tag.class, english));
        assertEquals(1, tagSlugs(story).size());
        assertTrue(Set.copyOf(AsRole.chiefEditor().call(() -> desk.tags(Edition.EN, "english")).stream().map(TagView::id).toList())
                .contains(english));
    }

    // ---- sections, regions, coverages: inside transactions that are rolled back, so the
    // shared demo site keeps its menu while other tests run.

    @Test
    void sectionsAreRenamedAndMovedAmongTheirSiblingsOnly() throws Exception {
        tx.begin();
        try {
            em.joinTransaction();
            Section first = Section.topLevel(Edition.ES, "Primera " + unique("s"), Slug.from(unique("primera")), 10_000);
            Section second = Section.topLevel(Edition.ES, "Segunda " + unique("s"), Slug.from(unique("segunda")), 10_001);
            em.persist(first);
            em.persist(second);
            Section child = first.subsection("Hija", Slug.from(unique("hija")), 1);
            em.persist(child);
            em.flush();
            AsRole chief = AsRole.chiefEditor();
            chief.call(() -> desk.moveSection(second.getId(), -1));
            List<Long> order = chief.call(() -> desk.sections(Edition.ES)).stream().filter(n -> n.parentId() == null)
                    .map(n -> n.id()).toList();
            assertEquals(order.indexOf(first.getId()) - 1, order.indexOf(second.getId()));
            List<Long> tree = chief.call(() -> desk.sections(Edition.ES)).stream().map(n -> n.id()).toList();
            assertEquals(tree.indexOf(first.getId()) + 1, tree.indexOf(child.getId()), "children follow their parent");
            assertEquals("Nombre nuevo", chief.call(() -> desk.renameSection(first.getId(), " Nombre nuevo ")).name());
            assertEquals(first.getSlug(), em.find(Section.class, first.getId()).getSlug());
            ActionRefused onlyChild = refusal(() -> chief.call(() -> desk.moveSection(child.getId(), 1)));
            assertTrue(onlyChild.getMessage().contains("already last"), onlyChild.getMessage());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void writersCannotTouchSectionsRegionsOrCoverages() throws Exception {
        long someSection = em.createQuery("select s.id from Section s where s.edition = :e", Long.class)
                .setParameter("e", Edition.EN).setMaxResults(1).getSingleResult();
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> desk.renameSection(someSection, "Mine"))));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> desk.moveSection(someSection, 1))));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> desk.createCoverage(Edition.EN, "Mine", null))));
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> desk.regions(Edition.EN))));
    }

    @Test
    void aRegionIsRenamedAndItsStoriesAnnounced() throws Exception {
        tx.begin();
        try {
            em.joinTransaction();
            org.newsroom.domain.taxonomy.Region region = new org.newsroom.domain.taxonomy.Region(Edition.AR, unique("region"),
                    Slug.from(unique("region")));
            em.persist(region);
            em.flush();
            assertEquals("منطقة", AsRole.chiefEditor().call(() -> desk.renameRegion(region.getId(), "منطقة")).name());
            assertTrue(AsRole.chiefEditor().call(() -> desk.regions(Edition.AR)).stream().anyMatch(r -> r.name().equals("منطقة")));
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aCoverageIsCreatedAndCuratedAndRefusalsAreClear() throws Exception {
        long story = newStory(Edition.EN, true);
        tx.begin();
        try {
            em.joinTransaction();
            AsRole chief = AsRole.chiefEditor();
            String name = unique("Harbour strike");
            org.newsroom.editorial.taxonomy.TermView coverage = chief.call(() -> desk.createCoverage(Edition.EN, name, "What happened."));
            assertEquals(Slug.from(name).value(), coverage.slug());
            assertEquals(1, chief.call(() -> desk.curate(coverage.id(), story, true)).stories());
            assertEquals(List.of(story), chief.call(() -> desk.coverageStories(coverage.id())).stream().map(c -> c.id()).toList());
            assertEquals(0, chief.call(() -> desk.curate(coverage.id(), story, false)).stories());
            ActionRefused notIn = refusal(() -> chief.call(() -> desk.curate(coverage.id(), story, false)));
            assertTrue(notIn.getMessage().contains("is not in"), notIn.getMessage());
        } finally {
            tx.rollback();
        }
        ActionRefused blank = refusal(() -> AsRole.chiefEditor().call(() -> desk.createCoverage(Edition.EN, "  ", null)));
        assertEquals("A coverage needs a name", blank.getMessage());
        long arabic = newStory(Edition.AR, false);
        tx.begin();
        try {
            em.joinTransaction();
            org.newsroom.editorial.taxonomy.TermView english = AsRole.chiefEditor().call(() -> desk.createCoverage(Edition.EN, unique("Elsewhere"), null));
            ActionRefused otherEdition = refusal(() -> AsRole.chiefEditor().call(() -> desk.curate(english.id(), arabic, true)));
            assertTrue(otherEdition.getMessage().contains("another edition"), otherEdition.getMessage());
        } finally {
            tx.rollback();
        }
    }
}
