package org.newsroom.admin.taxonomy;

import java.io.Serializable;
import org.newsroom.domain.edition.Edition;

/**
 * What every taxonomy screen shares: it shows one edition's terms at a time, starting
 * with the default edition, and forgets what it loaded when the editor picks another.
 */
public abstract class EditionScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    private Edition edition = Edition.DEFAULT;

    /** Drops what was loaded, so the next read asks the services again. */
    abstract void forget();

    public Edition[] getEditions() {
        return Edition.values();
    }

    public Edition getEdition() {
        return edition;
    }

    public void setEdition(Edition edition) {
        this.edition = edition == null ? Edition.DEFAULT : edition;
        forget();
    }
}
