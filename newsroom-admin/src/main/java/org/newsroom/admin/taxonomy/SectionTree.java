package org.newsroom.admin.taxonomy;

import static org.newsroom.admin.taxonomy.Messages.attempt;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.newsroom.editorial.taxonomy.SectionNode;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** An edition's section tree: names as its readers see them, and the menu order. */
@Named
@ViewScoped
public class SectionTree extends EditionScreen {

    private static final long serialVersionUID = 1L;

    @EJB
    TaxonomyDesk desk;

    private final Map<Long, String> newNames = new HashMap<>();
    private TreeNode<SectionNode> root;

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
    }

    public Map<Long, String> getNewNames() {
        return newNames;
    }
}
