package org.newsroom.admin.media;

import java.util.List;
import java.util.Map;
import java.io.Serializable;
import org.newsroom.editorial.media.AssetPage;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.media.MediaDesk;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One page at a time from the library, newest first: the grid stays fast however many images there are. */
final class AssetsModel extends LazyDataModel<AssetView> {

    private static final long serialVersionUID = 1L;

    /** The words typed into the screen's search field, read at each load. */
    @FunctionalInterface
    interface SearchText extends Serializable {
        String current();
    }

    private final MediaDesk desk;
    private final SearchText text;
    private final boolean describedOnly;

    AssetsModel(MediaDesk desk, SearchText text, boolean describedOnly) {
        this.desk = desk;
        this.text = text;
        this.describedOnly = describedOnly;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, desk.search(text.current(), describedOnly, 0, 1).total());
    }

    @Override
    public List<AssetView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AssetPage page = desk.search(text.current(), describedOnly, first, Math.min(pageSize, MediaDesk.MAX_PAGE));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.assets();
    }

    @Override
    public String getRowKey(AssetView asset) {
        return Long.toString(asset.id());
    }

    @Override
    public AssetView getRowData(String rowKey) {
        return desk.get(Long.parseLong(rowKey));
    }
}
