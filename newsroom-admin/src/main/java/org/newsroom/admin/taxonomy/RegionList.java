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

/** An edition's regions and their names. */
@Named
@ViewScoped
public class RegionList extends EditionScreen {

    private static final long serialVersionUID = 1L;

    @EJB
    TaxonomyDesk desk;

    private final Map<Long, String> newNames = new HashMap<>();
    private List<TermView> regions;

    public List<TermView> getRegions() {
        if (regions == null) {
            regions = desk.regions(getEdition());
        }
        return regions;
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

    public Map<Long, String> getNewNames() {
        return newNames;
    }
}
