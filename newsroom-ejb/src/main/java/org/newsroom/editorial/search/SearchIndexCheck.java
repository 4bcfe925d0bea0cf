package org.newsroom.editorial.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.staff.Role;

/**
 * Changes reach the index by themselves (Hibernate Search indexes on commit), but an
 * index directory that is new, lost or older than the database must be rebuilt once:
 * at startup, when the index and the database disagree on how many stories there are, and
 * whenever IT staff ask ({@code ops/newsroom reindex}, {@link #rebuild}).
 */
@Singleton
@Startup
@DependsOn("DemoContent")
public class SearchIndexCheck {

    private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void rebuildIfStale() {
        long indexed = Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
        if (indexed == stored) {
            LOG.info(() -> "Newsroom: search index holds all " + stored + " stories");
            return;
        }
        LOG.info(() -> "Newsroom: search index holds " + indexed + " of " + stored + " stories; rebuilding it");
        massIndex();
        LOG.info("Newsroom: search index rebuilt");
    }

    /**
     * Rebuilds this node's index from the database whatever it holds (the operations tool's
     * {@code reindex}); returns how many stories it now holds. One rebuild at a time per node.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long rebuild() {
        LOG.info("Newsroom: rebuilding the search index on request");
        massIndex();
        long indexed = Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        LOG.info(() -> "Newsroom: search index rebuilt, " + indexed + " stories");
        return indexed;
    }

    /**
     * Drops and re-creates the index first, then writes every story (Hibernate Search's mass
     * indexer). Not its default purge: on OpenSearch that is a delete-by-query, which lives in
     * OpenSearch's reindex module, and the test node from Maven Central (ops/opensearch.sh) has none.
     */
    private void massIndex() {
        try {
            Search.session(em).massIndexer(Article.class).threadsToLoadObjects(1)
                    .purgeAllOnStart(false).dropAndCreateSchemaOnStart(true).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
    }
}
