package org.newsroom.admin.taxonomy;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.editorial.taxonomy.TagView;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.newsroom.editorial.ActionRefused;

/** Finding, renaming and merging tags of one edition. */
@Named
@ViewScoped
public class TagCuration extends EditionScreen {

    private static final long serialVersionUID = 1L;

    @EJB
    TaxonomyDesk desk;

    private String text;
    private final Map<Long, String> newNames = new HashMap<>();
    private Long mergeFrom;
    private Long mergeInto;
    private List<TagView> tags;

    public List<TagView> getTags() {
        if (tags == null) {
            tags = desk.tags(getEdition(), text);
        }
        return tags;
    }

    public void search() {
        tags = null;
    }

    public void rename(TagView tag) {
        try {
            TagView renamed = desk.renameTag(tag.id(), newNames.get(tag.id()));
            newNames.remove(tag.id());
            info(MessageFormat.format(text("taxonomy.renamed"), tag.name(), renamed.name()));
            tags = null;
        } catch (ActionRefused refused) {
            error(refusal(refused));
        } catch (EJBAccessException denied) {
            error(text("taxonomy.notAllowed"));
        }
    }

    public void merge() {
        if (mergeFrom == null || mergeInto == null) {
            error(text("taxonomy.merge.choose"));
            return;
        }
        try {
            TagView into = desk.mergeTags(mergeFrom, mergeInto);
            info(MessageFormat.format(text("taxonomy.merged"), into.name(), into.stories()));
            mergeFrom = null;
            mergeInto = null;
            tags = null;
        } catch (ActionRefused refused) {
            error(refusal(refused));
        } catch (EJBAccessException denied) {
            error(text("taxonomy.notAllowed"));
        }
    }

    @Override
    void forget() {
        tags = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<Long, String> getNewNames() {
        return newNames;
    }

    public Long getMergeFrom() {
        return mergeFrom;
    }

    public void setMergeFrom(Long mergeFrom) {
        this.mergeFrom = mergeFrom;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

}
