/**
 * The one read model of published content: everything readers may see, for every way they see
 * it — the reader pages ({@link org.newsroom.editorial.catalog.ReaderCatalog}), the public JSON
 * API and the feeds ({@link org.newsroom.editorial.catalog.PublishedStories}) and the sitemaps
 * ({@link org.newsroom.editorial.catalog.StorySitemaps}). Before, the API, feeds and sitemaps
 * had a package and records of their own over the same tables, and a question (a section by its
 * slug, a story's translations, its path) had two answers that could drift; now each has one,
 * with one record per thing (a term, a section, a translation, a whole story) and one place that
 * builds a story's reader path ({@link org.newsroom.domain.edition.Edition#storyPath} from the section's
 * path in memory). A whole story is one record,
 * {@link org.newsroom.editorial.catalog.PublishedStory}, whatever shows it, with one loader; what only
 * the article page shows is loaded by the page's own call
 * ({@link org.newsroom.editorial.catalog.ArticlePageParts}), so the API and the feeds never pay for
 * it, and no story is read as an entity.
 *
 * <p>It reads the reader shelf (one narrow row per published story, its terms and the size of
 * every list, written in the same transaction as each change readers can see), each list one
 * index range with a limit, so no page costs more with a bigger archive; the taxonomy around
 * them is kept in memory. Views leave as small immutable records, never entities, so a page can
 * neither change content nor trigger lazy loading.
 */
package org.newsroom.editorial.catalog;
