package org.newsroom.admin.users;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.staff.StaffDirectory;
import org.newsroom.editorial.staff.StaffDirectory.NewPassword;
import org.newsroom.editorial.staff.StaffDirectory.StaffView;
import org.newsroom.editorial.ActionRefused;

/**
 * The users screen: opening accounts, roles and desks, disabling, resetting passwords.
 * A password the system generates is kept in this view only until it has been shown.
 */
@Named
@ViewScoped
public class StaffAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffDirectory directory;

    // the new account
    private String username;
    private String displayName;
    private String password;
    private boolean generatePassword = true;
    private Role[] roles = {Role.WRITER};
    private String desks;

    // the account being changed
    private String selected;
    private Role[] selectedRoles = {};
    private String selectedDesks;

    /** The password to show once, and whose it is. */
    private String oneTimePassword;
    private String oneTimeUser;

    public List<StaffView> getAccounts() {
        return directory.all();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public void create() {
        oneTimePassword = null;
        attempt(() -> {
            NewPassword opened = directory.open(username, displayName, generatePassword ? null : password,
                    roleSet(roles), desks(desks));
            info(MessageFormat.format(text("users.created"), opened.account().username()));
            if (opened.generatedPassword() != null) {
                showOnce(opened.account().username(), opened.generatedPassword());
            }
            username = null;
            displayName = null;
            desks = null;
            return null;
        });
        password = null;
    }

    /** Loads an account into the change form. */
    public void select(StaffView account) {
        selected = account.username();
        selectedRoles = account.roles().toArray(Role[]::new);
        selectedDesks = String.join(", ", account.desks());
        oneTimePassword = null;
    }

    public void saveRolesAndDesks() {
        attempt(() -> {
            directory.changeRoles(selected, roleSet(selectedRoles));
            directory.changeDesks(selected, desks(selectedDesks));
            info(MessageFormat.format(text("users.saved"), selected));
            return null;
        });
    }

    public void enable(StaffView account, boolean enabled) {
        attempt(() -> {
            directory.enable(account.username(), enabled);
            info(MessageFormat.format(text(enabled ? "users.enabledNow" : "users.disabledNow"), account.username()));
            return null;
        });
    }

    public void resetPassword(StaffView account) {
        oneTimePassword = null;
        attempt(() -> {
            NewPassword reset = directory.resetPassword(account.username());
            showOnce(account.username(), reset.generatedPassword());
            return null;
        });
    }

    /** Forgets the one-time password once the administrator closed it. */
    public void forgetPassword() {
        oneTimePassword = null;
        oneTimeUser = null;
    }

    private void showOnce(String user, String generated) {
        oneTimeUser = user;
        oneTimePassword = generated;
    }

    private static Set<Role> roleSet(Role[] chosen) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(chosen));
        return set;
    }

    private static Set<String> desks(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Runs a service call and turns a refusal into a message on the page; nothing typed is lost. */
    private static void attempt(Supplier<Void> call) {
        try {
            call.get();
        } catch (ActionRefused refused) {
            error(refusal(refused));
        } catch (EJBAccessException denied) {
            error(text("users.notAllowed"));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isGeneratePassword() {
        return generatePassword;
    }

    public void setGeneratePassword(boolean generatePassword) {
        this.generatePassword = generatePassword;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public String getDesks() {
        return desks;
    }

    public void setDesks(String desks) {
        this.desks = desks;
    }

    public String getSelected() {
        return selected;
    }

    public Role[] getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(Role[] selectedRoles) {
        this.selectedRoles = selectedRoles == null ? new Role[0] : selectedRoles;
    }

    public String getSelectedDesks() {
        return selectedDesks;
    }

    public void setSelectedDesks(String selectedDesks) {
        this.selectedDesks = selectedDesks;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimeUser() {
        return oneTimeUser;
    }
}
