package org.newsroom.admin.taxonomy;

import static org.newsroom.admin.taxonomy.Messages.attempt;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.newsroom.editorial.taxonomy.TermView;

/** An edition's regions: new ones, their names, unused ones removed. */
@Named
@ViewScoped
public class RegionList extends EditionScreen {

    private static final long serialVersionUID = 1L;

    @EJB
    TaxonomyDesk desk;

    private final Map<Long, String> newNames = new HashMap<>();
    private final NewTerm newRegion = new NewTerm();
    private List<TermView> regions;

    public List<TermView> getRegions() {
        if (regions == null) {
            regions = desk.regions(getEdition());
        }
        return regions;
    }

    public void create() {
        if (attempt(() -> {
            TermView created = desk.createRegion(getEdition(), newRegion.getName(), newRegion.getSlug());
            info(text("regions.created", created.name(), "/" + getEdition().code() + "/region/" + created.slug() + "/"));
        })) {
            newRegion.clear();
            regions = null;
        }
    }

    public void delete(TermView region) {
        if (attempt(() -> desk.deleteRegion(region.id()))) {
            info(text("regions.deleted", region.name()));
            regions = null;
        }
    }

    public void rename(TermView region) {
        if (attempt(() -> desk.renameRegion(region.id(), newNames.get(region.id())))) {
            info(text("regions.renamed", region.name(), newNames.remove(region.id())));
            regions = null;
        }
    }

    @Override
    void forget() {
        regions = null;
    }

    public NewTerm getNewRegion() {
        return newRegion;
    }

    public Map<Long, String> getNewNames() {
        return newNames;
    }
}
