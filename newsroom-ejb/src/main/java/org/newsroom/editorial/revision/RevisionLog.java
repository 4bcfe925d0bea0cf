package org.newsroom.editorial.revision;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsroom.domain.revision.Revision;

/** Records and reads revisions inside the caller's transaction. */
@Dependent
public class RevisionLog {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    public Revision record(long articleId, String by, Revision.Reason reason, String headline, String summary, String body) {
        Optional<Revision> previous = latest(articleId);
        int number = previous.map(r -> r.getNumber() + 1).orElse(1);
        String changed = previous.map(p -> changedFields(p, headline, summary, body)).orElse("headline,summary,body");
        Revision revision = new Revision(articleId, number, clock.instant(), by, reason, headline, summary, body, changed);
        em.persist(revision);
        return revision;
    }

    public Optional<Revision> latest(long articleId) {
        return em.createQuery("select r from Revision r where r.articleId = :id order by r.number desc", Revision.class)
                .setParameter("id", articleId).setMaxResults(1).getResultStream().findFirst();
    }

    public List<RevisionView> all(long articleId) {
        return em.createQuery("select r from Revision r where r.articleId = :id order by r.number", Revision.class)
                .setParameter("id", articleId).getResultStream().map(RevisionView::of).toList();
    }

    public Optional<Revision> number(long articleId, int number) {
        return em.createQuery("select r from Revision r where r.articleId = :id and r.number = :n", Revision.class)
                .setParameter("id", articleId).setParameter("n", number).getResultStream().findFirst();
    }

    static String changedFields(Revision previous, String headline, String summary, String body) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(previous.getHeadline(), headline)) {
            changed.add("headline");
        }
        if (!Objects.equals(previous.getSummary(), summary)) {
            changed.add("summary");
        }
        if (!Objects.equals(previous.getBody(), body)) {
            changed.add("body");
        }
        return String.join(",", changed);
    }
}
