package org.newsroom.admin.articles;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsroom.editorial.listing.ArticleFilter;
import org.newsroom.editorial.listing.ArticleListing;
import org.newsroom.editorial.listing.ArticleRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the lazy table: each page and the total come from two queries with the same filter. */
class ArticleRows extends LazyDataModel<ArticleRow> {

    private static final long serialVersionUID = 1L;

    private final transient ArticleListing listing;
    private final transient Supplier<ArticleFilter> filter;

    ArticleRows(ArticleListing listing, Supplier<ArticleFilter> filter) {
        this.listing = listing;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return (int) Math.min(Integer.MAX_VALUE, listing.count(filter.get()));
    }

    @Override
    public List<ArticleRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> columnFilters) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return listing.page(filter.get(), first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(ArticleRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ArticleRow getRowData(String rowKey) {
        return null;
    }
}
