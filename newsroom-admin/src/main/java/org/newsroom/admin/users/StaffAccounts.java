package org.newsroom.admin.users;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.newsroom.editorial.staff.StaffDirectory;
import org.newsroom.editorial.staff.StaffDirectory.StaffView;

/** Lists staff accounts with their roles; creating and changing them is still the staff API's job. */
@Named
@ViewScoped
public class StaffAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffDirectory directory;

    public List<StaffView> getAccounts() {
        return directory.all();
    }
}
