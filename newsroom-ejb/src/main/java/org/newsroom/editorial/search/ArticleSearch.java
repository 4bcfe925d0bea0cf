package org.newsroom.editorial.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.search.LanguageAnalyzers;

/** Reader search over published stories of one edition. Anonymous by design. */
@Stateless
@PermitAll
public class ArticleSearch {

    /** Longer input is cut: nobody types more, and it bounds the work one request can cause. */
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_PAGE_SIZE = 50;
    private static final int SNIPPET_CHARS = 180;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    public SearchResults search(SearchQuery query) {
        String text = clean(query.text());
        int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        if (text.isEmpty()) {
            return SearchResults.none(text, page, size);
        }
        Optional<List<Long>> sections = query.section() == null ? Optional.of(List.of())
                : sectionId(query.edition(), query.section()).map(List::of);
        Optional<Long> region = query.region() == null ? Optional.of(-1L) : regionId(query.edition(), query.region());
        if (sections.isEmpty() || region.isEmpty()) {
            return SearchResults.none(text, page, size);
        }
        String lang = LanguageAnalyzers.of(query.edition());
        String headline = "headline_" + lang;
        String summary = "summary_" + lang;
        String body = "body_" + lang;
        SearchResult<List<?>> result = Search.session(em).search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                .where(f -> f.bool(b -> {
                    b.must(f.simpleQueryString().field(headline).boost(3f).field(summary).boost(2f).field(body)
                            .matching(text).defaultOperator(BooleanOperator.AND)
                            .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                                    SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE,
                                    SimpleQueryFlag.ESCAPE));
                    b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
                    b.filter(f.match().field("edition").matching(query.edition()));
                    if (query.section() != null) {
                        b.filter(f.match().field("sectionIds").matching(sections.get().get(0)));
                    }
                    if (query.region() != null) {
                        b.filter(f.match().field("regionIds").matching(region.get()));
                    }
                    if (query.kind() != null) {
                        b.filter(f.match().field("kind").matching(query.kind()));
                    }
                    dateRange(f, query).ifPresent(b::filter);
                }))
                .fetch(page * size, size);
        Map<Long, Row> rows = rows(result.hits().stream().map(h -> (Long) h.get(0)).toList());
        MatchMarker marker = new MatchMarker(LanguageAnalyzers.lucene(lang), text);
        List<SearchHit> hits = result.hits().stream()
                .filter(h -> rows.containsKey((Long) h.get(0)))
                .map(h -> hit(rows.get((Long) h.get(0)), (Float) h.get(1), marker))
                .toList();
        return new SearchResults(text, hits, result.total().hitCount(), page, size);
    }

    /** Control characters out, whitespace collapsed, length capped: what reaches the parser is plain text. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\\u200c\\u200d]]", " ").replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH).strip();
        }
        return text;
    }

    private static Optional<org.hibernate.search.engine.search.predicate.SearchPredicate> dateRange(
            SearchPredicateFactory f, SearchQuery query) {
        if (query.from() == null && query.to() == null) {
            return Optional.empty();
        }
        Instant from = query.from() == null ? null : query.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var range = f.range().field("publishedAt");
        if (from != null && to != null) {
            return Optional.of(range.between(from, to).toPredicate());
        }
        return Optional.of(from != null ? range.atLeast(from).toPredicate() : range.lessThan(to).toPredicate());
    }

    private Optional<Long> sectionId(Edition edition, String slug) {
        return em.createQuery("select s.id from Section s where s.edition = :e and s.slug = :slug", Long.class)
                .setParameter("e", edition).setParameter("slug", slug).getResultStream().findFirst();
    }

    private Optional<Long> regionId(Edition edition, String slug) {
        return em.createQuery("select r.id from Region r where r.edition = :e and r.slug = :slug", Long.class)
                .setParameter("e", edition).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** What a hit shows, read from the database so a stale index entry can never show an unpublished story. */
    private record Row(long id, Edition edition, org.newsroom.domain.article.ArticleKind kind, String headline,
            String summary, String slug, String sectionSlug, String parentSlug, String sectionName, Instant publishedAt,
            String body) {

        String path() {
            return edition.storyPath(parentSlug == null ? sectionSlug : parentSlug + "/" + sectionSlug, slug);
        }
    }

    private Map<Long, Row> rows(List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        em.createQuery("select a.id, a.edition, a.kind, a.headline, a.summary, a.slug, s.slug, p.slug, s.name, a.publishedAt, "
                        + "a.body "
                        + "from Article a join a.section s left join s.parent p where a.id in :ids and a.status = :published",
                        Object[].class)
                .setParameter("ids", ids).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList().forEach(r -> rows.put((Long) r[0], new Row((Long) r[0], (Edition) r[1],
                        (org.newsroom.domain.article.ArticleKind) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (String) r[6], (String) r[7], (String) r[8], (Instant) r[9], (String) r[10])));
        return rows;
    }

    private static SearchHit hit(Row row, Float score, MatchMarker marker) {
        String headlineHtml = Optional.ofNullable(marker.mark(row.headline(), Integer.MAX_VALUE))
                .orElseGet(() -> MatchMarker.plain(row.headline(), Integer.MAX_VALUE));
        String summary = row.summary() == null ? null : Jsoup.parse(row.summary()).text();
        String snippet = Optional.ofNullable(marker.mark(summary, SNIPPET_CHARS))
                .or(() -> Optional.ofNullable(marker.mark(row.body() == null ? null : Jsoup.parse(row.body()).text(),
                        SNIPPET_CHARS)))
                .orElseGet(() -> MatchMarker.plain(summary, SNIPPET_CHARS));
        return new SearchHit(row.id(), row.edition(), row.kind(), row.headline(), headlineHtml, snippet, row.path(),
                row.sectionName(), row.publishedAt(), score == null ? 0f : score);
    }
}
