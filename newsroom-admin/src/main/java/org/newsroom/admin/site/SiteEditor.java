package org.newsroom.admin.site;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.site.StaticPage;
import org.newsroom.editorial.site.SiteContent;
import org.newsroom.editorial.ActionRefused;

/** Editing one edition's name, slogan and static pages; empty fields mean the built-in texts are in use. */
@Named
@ViewScoped
public class SiteEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SiteContent content;

    private Edition edition = Edition.DEFAULT;
    private String name;
    private String slogan;
    private String pageName = StaticPage.NAMES.get(0);
    private String pageTitle;
    private String pageBody;
    private boolean loaded;

    private void load() {
        if (!loaded) {
            content.edition(edition).ifPresentOrElse(e -> {
                name = e.name();
                slogan = e.slogan();
            }, () -> {
                name = null;
                slogan = null;
            });
            content.page(edition, pageName).ifPresentOrElse(p -> {
                pageTitle = p.title();
                pageBody = p.body();
            }, () -> {
                pageTitle = null;
                pageBody = null;
            });
            loaded = true;
        }
    }

    public void saveEdition() {
        if (attempt(() -> content.saveEdition(edition, name, slogan))) {
            info(MessageFormat.format(text("site.saved"), edition.code()));
            loaded = false;
        }
    }

    public void resetEdition() {
        if (attempt(() -> content.resetEdition(edition))) {
            info(MessageFormat.format(text("site.reset.done"), edition.code()));
            loaded = false;
        }
    }

    public void savePage() {
        if (attempt(() -> content.savePage(edition, pageName, pageTitle, pageBody))) {
            info(MessageFormat.format(text("site.page.saved"), "/" + edition.code() + "/" + pageName + "/"));
            loaded = false;
        }
    }

    public void resetPage() {
        if (attempt(() -> content.resetPage(edition, pageName))) {
            info(MessageFormat.format(text("site.reset.done"), "/" + edition.code() + "/" + pageName + "/"));
            loaded = false;
        }
    }

    private static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (ActionRefused refused) {
            error(refusal(refused));
        } catch (EJBAccessException denied) {
            error(text("users.notAllowed"));
        }
        return false;
    }

    public Edition[] getEditions() {
        return Edition.values();
    }

    public List<String> getPageNames() {
        return StaticPage.NAMES;
    }

    public Edition getEdition() {
        return edition;
    }

    public void setEdition(Edition edition) {
        if (edition != null && edition != this.edition) {
            this.edition = edition;
            loaded = false;
        }
    }

    public String getPageName() {
        return pageName;
    }

    public void setPageName(String pageName) {
        if (pageName != null && !pageName.equals(this.pageName)) {
            this.pageName = pageName;
            loaded = false;
        }
    }

    public String getName() {
        load();
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlogan() {
        load();
        return slogan;
    }

    public void setSlogan(String slogan) {
        this.slogan = slogan;
    }

    public String getPageTitle() {
        load();
        return pageTitle;
    }

    public void setPageTitle(String pageTitle) {
        this.pageTitle = pageTitle;
    }

    public String getPageBody() {
        load();
        return pageBody;
    }

    public void setPageBody(String pageBody) {
        this.pageBody = pageBody;
    }

}
