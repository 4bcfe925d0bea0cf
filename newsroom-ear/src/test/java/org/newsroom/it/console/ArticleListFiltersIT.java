package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.editorial.listing.ArticleFilter;
import org.newsroom.editorial.listing.ArticleListing;
import org.newsroom.editorial.listing.ArticleRow;
import org.newsroom.editorial.workflow.ArticleDetails;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.NewArticle;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/**
 * Inside the server: the console's article list filtered by region, tag and byline author.
 * Two stories of this run share a headline word; only one carries the terms, and each
 * filter must find it and leave the other out, in the count and in the page alike.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleListFiltersIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(ArticleListFiltersIT.class);
    }

    @EJB
    ArticleWorkflow workflow;

    @EJB
    ArticleListing listing;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private String word;
    private long region;
    private long otherRegion;
    private long tag;
    private long author;
    private long tagged;
    private long plain;

    @BeforeEach
    void twoStoriesOnlyOneWithTheTerms() throws Exception {
        word = "Filtered " + RUN + " " + UUID.randomUUID().toString().substring(0, 6);
        String key = word.toLowerCase().replace(' ', '-');
        region = persist(new Region(Edition.EN, "Region " + key, Slug.from("region " + key)));
        otherRegion = persist(new Region(Edition.EN, "Other region " + key, Slug.from("other region " + key)));
        tag = persist(new Tag(Edition.EN, "Tag " + key, Slug.from("tag " + key)));
        author = persist(new Author("Author " + key, Slug.from("author " + key), null));
        long section = em.createQuery("select s from Section s where s.edition = :e order by s.id", Section.class)
                .setParameter("e", Edition.EN).setMaxResults(1).getSingleResult().getId();

        ArticleView withTerms = AsRole.writer().call(() -> workflow.create(new NewArticle("en", word + " with terms", section, null, "NEWS")));
        AsRole.writer().call(() -> workflow.describe(withTerms.id(), withTerms.version(), new ArticleDetails(key + "-with", section,
                List.of(region), List.of(tag), List.of(), List.of(), List.of(author), null, List.of(), null)));
        ArticleView without = AsRole.writer().call(() -> workflow.create(new NewArticle("en", word + " without", section, null, "NEWS")));
        // The other story has a region too, just not the one filtered for.
        AsRole.writer().call(() -> workflow.describe(without.id(), without.version(), new ArticleDetails(key + "-without", section,
                List.of(otherRegion), List.of(), List.of(), List.of(), List.of(), null, List.of(), null)));
        tagged = withTerms.id();
        plain = without.id();
    }

    @Test
    void theHeadlineWordAloneFindsBothStories() throws Exception {
        assertEquals(List.of(tagged, plain), ids(filter(null, null, null)));
        assertEquals(2, count(filter(null, null, null)));
    }

    @Test
    void aRegionFindsTheStoryInItAndNotTheOther() throws Exception {
        assertEquals(List.of(tagged), ids(filter(region, null, null)));
        assertEquals(1, count(filter(region, null, null)));
        assertEquals(List.of(plain), ids(filter(otherRegion, null, null)));
    }

    @Test
    void aTagFindsTheTaggedStoryAndNotTheOther() throws Exception {
        assertEquals(List.of(tagged), ids(filter(null, tag, null)));
        assertEquals(1, count(filter(null, tag, null)));
    }

    @Test
    void aBylineAuthorFindsTheirStoryAndNotTheOther() throws Exception {
        assertEquals(List.of(tagged), ids(filter(null, null, author)));
        assertEquals(1, count(filter(null, null, author)));
    }

    @Test
    void filtersCombineAndATermNoStoryCarriesFindsNothing() throws Exception {
        assertEquals(List.of(tagged), ids(filter(region, tag, author)));
        assertEquals(0, count(filter(otherRegion, tag, null)), "no story is in the other region and tagged");
        String key = "unused " + RUN + " " + UUID.randomUUID().toString().substring(0, 6);
        long unused = persist(new Tag(Edition.EN, key, Slug.from(key)));
        assertTrue(ids(new ArticleFilter(null, null, Set.of(), null, null, null, null, null, null, unused, null)).isEmpty(),
                "a tag on no story lists nothing, even without other filters");
    }

    private ArticleFilter filter(Long regionId, Long tagId, Long authorId) throws Exception {
        return new ArticleFilter(Edition.EN, null, Set.of(), null, null, null, null, word, regionId, tagId, authorId);
    }

    /** The page's ids, oldest first (the list's own order is newest first). */
    private List<Long> ids(ArticleFilter filter) throws Exception {
        List<ArticleRow> page = AsRole.writer().call(() -> listing.page(filter, 0, 25, "createdAt", true));
        return page.stream().map(ArticleRow::id).toList();
    }

    private long count(ArticleFilter filter) throws Exception {
        return AsRole.writer().call(() -> listing.count(filter));
    }

    private long persist(Object term) throws Exception {
        tx.begin();
        em.persist(term);
        em.flush();
        tx.commit();
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(term);
    }
}
