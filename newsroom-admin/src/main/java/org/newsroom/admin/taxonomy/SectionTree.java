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
import org.newsroom.editorial.taxonomy.SectionNode;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** An edition's section tree: new sections, names as its readers see them, the menu order, unused sections removed. */
@Named
@ViewScoped
public class SectionTree extends EditionScreen {

    private static final long serialVersionUID = 1L;

    @EJB
    TaxonomyDesk desk;

    private final Map<Long, String> newNames = new HashMap<>();
    private final NewTerm newSection = new NewTerm();
    private Long parentId;
    private TreeNode<SectionNode> root;
    private List<SectionNode> parents;

    public TreeNode<SectionNode> getRoot() {
        if (root == null) {
            root = new DefaultTreeNode<>(null, null);
            Map<Long, TreeNode<SectionNode>> tops = new HashMap<>();
            for (SectionNode section : desk.sections(getEdition())) {
                TreeNode<SectionNode> parent = section.parentId() == null ? root : tops.get(section.parentId());
                TreeNode<SectionNode> node = new DefaultTreeNode<>(section, parent);
                node.setExpanded(true);
                if (section.parentId() == null) {
                    tops.put(section.id(), node);
                }
            }
        }
        return root;
    }

    /** The top-level sections of the edition, which a new section may go under. */
    public List<SectionNode> getParents() {
        if (parents == null) {
            parents = desk.sections(getEdition()).stream().filter(s -> s.parentId() == null).toList();
        }
        return parents;
    }

    public void create() {
        if (attempt(() -> {
            SectionNode created = desk.createSection(getEdition(), parentId, newSection.getName(), newSection.getSlug());
            info(text("sections.created", created.name(), "/" + getEdition().code() + "/" + pathOf(created) + "/"));
        })) {
            newSection.clear();
            forget();
        }
    }

    public void delete(SectionNode section) {
        if (attempt(() -> desk.deleteSection(section.id()))) {
            info(text("sections.deleted", section.name()));
            forget();
        }
    }

    private String pathOf(SectionNode section) {
        return section.parentId() == null ? section.slug()
                : getParents().stream().filter(p -> p.id() == section.parentId()).map(p -> p.slug() + "/" + section.slug())
                        .findFirst().orElse(section.slug());
    }

    public void rename(SectionNode section) {
        if (attempt(() -> desk.renameSection(section.id(), newNames.get(section.id())))) {
            info(text("sections.renamed", section.name(), newNames.remove(section.id())));
            root = null;
        }
    }

    public void move(SectionNode section, int direction) {
        if (attempt(() -> desk.moveSection(section.id(), direction))) {
            info(text("sections.moved", section.name()));
            root = null;
        }
    }

    @Override
    void forget() {
        root = null;
        parents = null;
    }

    public NewTerm getNewSection() {
        return newSection;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Map<Long, String> getNewNames() {
        return newNames;
    }
}
