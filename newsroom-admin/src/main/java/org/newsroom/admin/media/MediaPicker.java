package org.newsroom.admin.media;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.media.MediaDesk;
import org.primefaces.model.LazyDataModel;

/**
 * The picker dialog ({@code WEB-INF/includes/media-picker.xhtml}): searches described
 * images only, since nothing else may be used. The page that includes it says what a
 * pick does through the {@code pickTarget} parameter ({@link PickTarget}).
 */
@Named
@ViewScoped
public class MediaPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MediaDesk desk;

    private String text;
    private LazyDataModel<AssetView> assets;

    public LazyDataModel<AssetView> getAssets() {
        if (assets == null) {
            assets = new AssetsModel(desk, () -> text, true);
        }
        return assets;
    }

    public void search() {
        assets = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
