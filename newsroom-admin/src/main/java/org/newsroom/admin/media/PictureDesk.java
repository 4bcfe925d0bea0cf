package org.newsroom.admin.media;

import org.newsroom.admin.notices.Notices;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.media.MediaDesk;
import org.newsroom.editorial.media.MediaLimits;
import org.newsroom.editorial.ActionRefused;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The media library screen: upload pictures, find them, describe them. A fresh upload is
 * opened for description at once, since no story can use it before it has alt text, a
 * caption and a credit. The screen keeps the version of the picture it showed, so a description
 * somebody else saved in between is not overwritten unseen (the stale notice, as for stories).
 */
@Named
@ViewScoped
public class PictureDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MediaDesk desk;

    private String text;
    private LazyDataModel<AssetView> assets;
    private AssetView selected;
    private String altText;
    private String caption;
    private String credit;

    public LazyDataModel<AssetView> getAssets() {
        if (assets == null) {
            assets = new AssetsModel(desk, () -> text, false);
        }
        return assets;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            AssetView stored = desk.upload(file.getFileName(), file.getContent());
            select(stored);
            Notices.info(Notices.text("media.uploaded", stored.fileName()));
        } catch (ActionRefused refused) {
            Notices.error(file.getFileName() + ": " + Notices.refusal(refused));
        }
    }

    public void search() {
        assets = null;
    }

    public void select(AssetView asset) {
        selected = asset;
        altText = asset.altText();
        caption = asset.caption();
        credit = asset.credit();
    }

    public void describe() {
        if (selected == null) {
            return;
        }
        try {
            // the version this screen showed: a description saved by somebody else since is not overwritten
            selected = desk.describe(selected.id(), selected.version(), altText, caption, credit);
            Notices.info(Notices.text("media.described", selected.fileName()));
        } catch (ActionRefused refused) {
            Notices.error(Notices.refusal(refused));
            if (refused.why() == ActionRefused.Why.STALE) {
                // The typed words stay in the form; the picture is read again, so the notice shows what is
                // saved now and a second Save, made knowingly, applies the typed words over it.
                selected = desk.get(selected.id());
                Notices.info(Notices.text("media.describedMeanwhile", selected.altText(), selected.caption(), selected.credit()));
            }
        }
    }

    public long getMaxBytes() {
        return desk.limits().maxBytes();
    }

    public String getLimitsNote() {
        MediaLimits limits = desk.limits();
        return Notices.text("media.limits", MediaLimits.readable(limits.maxBytes()), String.format("%,d", limits.maxPixels()));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AssetView getSelected() {
        return selected;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }
}
