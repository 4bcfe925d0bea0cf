package org.newsroom.editorial.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.configuration.EffectiveConfiguration;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.search.SearchIndexCheck;
import org.newsroom.editorial.security.SignInThrottle;
import org.newsroom.editorial.staff.StaffDirectory;
import org.newsroom.editorial.staff.StaffDirectory.NewPassword;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.editorial.transfer.ContentExport;
import org.newsroom.editorial.transfer.ContentImport;

/**
 * The work behind each operation, done by the services the console uses, as ADMIN. Its only
 * caller is {@link OperationsEndpoint}, reached through WildFly's management interface, whose
 * local authentication already proved the caller is the server's operating-system user; hence
 * {@code @PermitAll} here, and the roles checked by the services it calls.
 */
@Stateless
@RunAs(Role.ADMIN_NAME)
public class OperatorDesk {

    /** What an operating-system user name may contain in the audit log's actor column. */
    private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    @EJB
    StaffDirectory staff;

    @EJB
    ContentChangedChannel contentChanged;

    @EJB
    SearchIndexCheck searchIndex;

    @EJB
    InstallationCheck installation;

    @EJB
    BreakingTicker ticker;

    @EJB
    ContentExport contentExport;

    @EJB
    ContentImport contentImport;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditTrail audit;

    @PermitAll
    public String createUser(String operator, String username, String displayName, String roles, String password) {
        Set<Role> granted = roles(roles);
        String name = displayName == null || displayName.isBlank() ? username : displayName;
        NewPassword opened = staff.openFor(actor(operator), username, name, password, granted, Set.of());
        return "created user " + opened.account().username() + " with roles " + names(opened.account().roles())
                + passwordLine(opened);
    }

    @PermitAll
    public String resetPassword(String operator, String username, String password) {
        NewPassword reset = staff.resetPasswordFor(actor(operator), username, password);
        throttle.release(reset.account().username());
        return "new password set for " + reset.account().username()
                + (reset.account().enabled() ? "" : " (the account is disabled: enable it in the console to sign in)")
                + passwordLine(reset);
    }

    @PermitAll
    public String disableUser(String operator, String username) {
        StaffDirectory.StaffView user = staff.enableFor(actor(operator), username, false);
        return "disabled user " + user.username();
    }

    @PermitAll
    public String dropPageCache(String operator) {
        contentChanged.send(ContentChanged.everything());
        audit.record(actor(operator), AuditAction.PAGE_CACHE_DROPPED, null, "every node");
        return "asked every node to drop its page cache";
    }

    /** The rebuild runs outside this transaction ({@link SearchIndexCheck#rebuild}); the audit entry inside it. */
    @PermitAll
    public String reindex(String operator) {
        String actor = actor(operator);
        long stories = searchIndex.rebuild();
        audit.record(actor, AuditAction.SEARCH_REINDEXED, null, stories + " stories on " + nodeName());
        return "search index rebuilt on " + nodeName() + ": " + stories + " stories";
    }

    /** The export runs in transactions of its own ({@link ContentExport}), as long as it needs. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String exportContent(String operator, String directory) {
        ContentExport.Exported exported = contentExport.writeTo(actor(operator), directory);
        return "exported " + exported.stories() + " stories (" + exported.rows() + " rows, " + exported.mediaFiles()
                + " picture files, schema version " + exported.schemaVersion() + ") to " + exported.directory();
    }

    /**
     * The rows, the reader shelf and the audit entry in one transaction ({@link ContentImport});
     * then, as after {@code reindex} and {@code drop-page-cache}, this node's search index and every
     * node's caches, and this node's breaking-news ticker (held in memory, reloaded by breaking
     * messages only; other nodes start after the import).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String importContent(String operator, String directory) {
        ContentImport.Imported imported = contentImport.readFrom(actor(operator), directory);
        long indexed = searchIndex.rebuild();
        for (Edition edition : Edition.values()) {
            ticker.reload(edition);
        }
        contentChanged.send(ContentChanged.everything());
        return "imported " + imported.stories() + " stories (" + imported.published() + " published; " + imported.rows()
                + " rows, " + imported.mediaFiles() + " picture files) from " + imported.directory()
                + "\nsearch index rebuilt on " + nodeName() + ": " + indexed + " stories"
                + " (run ops/newsroom reindex on each other node)\nasked every node to drop its page cache";
    }

    @PermitAll
    public String configuration() {
        return String.join("\n", EffectiveConfiguration.table(EffectiveConfiguration.running()));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String check() {
        return String.join("\n", installation.run());
    }

    /** The audit actor: the operating-system user, marked so nobody mistakes it for a console account. */
    private static String actor(String operator) {
        if (operator == null || !OPERATOR.matcher(operator).matches()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.OPERATOR_NAME_UNUSABLE);
        }
        return "os:" + operator;
    }

    private static Set<Role> roles(String commaSeparated) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : (commaSeparated == null ? "" : commaSeparated).split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new ActionRefused(ActionRefused.Why.INVALID, Reason.NO_ROLE, part.strip(),
                        Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")));
            }
        }
        if (roles.isEmpty()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.ROLES_MISSING,
                    Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")));
        }
        return roles;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static String passwordLine(NewPassword result) {
        return result.generatedPassword() == null ? ""
                : "\npassword: " + result.generatedPassword() + "\n(shown only this once; it is stored only as a hash)";
    }

    static String nodeName() {
        return System.getProperty("jboss.node.name", "this node");
    }
}
