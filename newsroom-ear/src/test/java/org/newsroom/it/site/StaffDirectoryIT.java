package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.Refusals.deniedForRole;
import static org.newsroom.it.support.Refusals.refusal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.demo.DemoWriter;
import org.newsroom.editorial.staff.PasswordHashing;
import org.newsroom.editorial.staff.PasswordPolicy;
import org.newsroom.editorial.staff.StaffDirectory;
import org.newsroom.editorial.staff.StaffDirectory.NewPassword;
import org.newsroom.editorial.staff.StaffDirectory.StaffView;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.AsRole;

/** The users screen's service: opening accounts, passwords, roles, desks, and the rules around the last administrator. */
@ExtendWith(ArquillianExtension.class)
class StaffDirectoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(StaffDirectoryIT.class);
    }

    @EJB
    StaffDirectory directory;

    @EJB
    DemoWriter demo;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private StaffUser stored(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :n", StaffUser.class).setParameter("n", username)
                .getResultStream().findFirst().orElse(null);
    }

    private long audited(String action, String detailStart) {
        return em.createQuery("select count(e) from AuditEntry e where e.action = :a and e.detail like :d", Long.class)
                .setParameter("a", action).setParameter("d", detailStart + "%").getSingleResult();
    }

    @Test
    void aGeneratedPasswordIsReturnedOnceMeetsThePolicyAndSignsIn() throws Exception {
        String name = unique("gen");
        NewPassword opened = AsRole.admin().call(() ->
                directory.open(name, "Generated Person", null, EnumSet.of(Role.WRITER), Set.of(" politics ", "", "sport")));
        assertNotNull(opened.generatedPassword());
        assertTrue(PasswordPolicy.weakness(opened.generatedPassword(), name).isEmpty());
        assertFalse(opened.toString().contains(opened.generatedPassword()), "never in a log line");
        assertEquals(Set.of("politics", "sport"), opened.account().desks());
        StaffUser user = stored(name);
        assertTrue(PasswordHashing.verify(opened.generatedPassword().toCharArray(), user.getPasswordHash()));
        assertFalse(user.getPasswordHash().contains(opened.generatedPassword()));
        assertEquals(1, audited("USER_CREATED", name + " "));
    }

    @Test
    void aTypedPasswordIsKeptAndNotEchoed() throws Exception {
        String name = unique("typed");
        NewPassword opened = AsRole.admin().call(() ->
                directory.open(name, "Typed Person", "Harbour-lights-9", EnumSet.of(Role.EDITOR), Set.of()));
        assertNull(opened.generatedPassword());
        assertTrue(PasswordHashing.verify("Harbour-lights-9".toCharArray(), stored(name).getPasswordHash()));
    }

    @Test
    void weakPasswordsDuplicateNamesAndBadNamesAreRefusedClearlyAndStoreNothing() throws Exception {
        String name = unique("weak");
        AsRole admin = AsRole.admin();
        ActionRefused shortOne = refusal(() -> admin.call(() -> directory.open(name, "Weak", "short1A!", Set.of(Role.WRITER), Set.of())));
        assertEquals("A password needs at least 12 characters", shortOne.getMessage());
        ActionRefused withName = refusal(() -> admin.call(() -> directory.open(name, "Weak", "X1-" + name + "-yz", Set.of(Role.WRITER), Set.of())));
        assertEquals("A password must not contain the user name", withName.getMessage());
        ActionRefused oneKind = refusal(() -> admin.call(() -> directory.open(name, "Weak", "onlylowercase", Set.of(Role.WRITER), Set.of())));
        assertTrue(oneKind.getMessage().contains("three of"), oneKind.getMessage());
        assertNull(stored(name));

        admin.call(() -> directory.open(name, "First", null, Set.of(Role.WRITER), Set.of()));
        ActionRefused taken = refusal(() -> admin.call(() -> directory.open(name, "Second", null, Set.of(Role.WRITER), Set.of())));
        assertEquals("The user name " + name + " is taken", taken.getMessage());
        assertEquals("First", stored(name).getDisplayName());

        ActionRefused badName = refusal(() -> admin.call(() -> directory.open("Not Valid!", "X", null, Set.of(Role.WRITER), Set.of())));
        assertTrue(badName.getMessage().contains("User name: use lower-case letters, digits, dots, hyphens and underscores"),
                badName.getMessage());
        String inArabic = badName.refusal().in(Locale.forLanguageTag("ar"));
        assertTrue(inArabic.contains(Refusal.of(Reason.INPUT_FIELD_USER_NAME, Refusal.of(Reason.INPUT_USER_NAME_LETTERS))
                .in(Locale.forLanguageTag("ar"))) && !inArabic.contains("lower-case"), inArabic);
        ActionRefused longDesk = refusal(() -> admin.call(() -> directory.open(unique("desk"), "X", null, Set.of(Role.WRITER),
                Set.of("d".repeat(41)))));
        assertTrue(longDesk.getMessage().contains("at most 40"), longDesk.getMessage());
    }

    /** The user name's and the name's rules are refusals like any other: said whole in Arabic and Spanish, no English left. */
    @Test
    void aTooShortUserNameAndABadNameAreRefusedInThePersonsLanguage() throws Exception {
        AsRole admin = AsRole.admin();
        ActionRefused tooShort = refusal(() -> admin.call(() -> directory.open("x", "Short Name", null, Set.of(Role.WRITER), Set.of())));
        assertEquals(ActionRefused.Why.INVALID, tooShort.why());
        assertEquals("User name: from 2 to 60 characters", tooShort.getMessage());
        assertEquals("البيانات المرسلة غير مقبولة: اسم المستخدم: من 2 إلى 60 حرفًا", tooShort.refusal().in(Locale.forLanguageTag("ar")));
        assertEquals("Los datos enviados no son válidos: Nombre de usuario: de 2 a 60 caracteres",
                tooShort.refusal().in(Locale.forLanguageTag("es")));
        assertNull(stored("x"));

        String blank = unique("blank");
        ActionRefused noName = refusal(() -> admin.call(() -> directory.open(blank, "  ", null, Set.of(Role.WRITER), Set.of())));
        assertEquals("Name: required", noName.getMessage());
        assertEquals("البيانات المرسلة غير مقبولة: الاسم: مطلوب", noName.refusal().in(Locale.forLanguageTag("ar")));
        String wordy = unique("wordy");
        ActionRefused longName = refusal(() -> admin.call(() -> directory.open(wordy, "N".repeat(121), null, Set.of(Role.WRITER), Set.of())));
        assertEquals("Name: too long (at most 120 characters)", longName.getMessage());
        assertEquals("Los datos enviados no son válidos: Nombre: demasiado largo (como máximo 120 caracteres)",
                longName.refusal().in(Locale.forLanguageTag("es")));
        ActionRefused noUserName = refusal(() -> admin.call(() -> directory.open(" ", "Nobody", null, Set.of(Role.WRITER), Set.of())));
        // In the order of the English ("from …", "required", "use …"), whatever the language.
        assertEquals("البيانات المرسلة غير مقبولة: اسم المستخدم: من 2 إلى 60 حرفًا; اسم المستخدم: مطلوب; "
                + "اسم المستخدم: استعمل حروفًا لاتينية صغيرة وأرقامًا ونقاطًا وشرطات وشرطات سفلية",
                noUserName.refusal().in(Locale.forLanguageTag("ar")));
        assertNull(stored(blank));
        assertNull(stored(wordy));
    }

    @Test
    void onlyAdministratorsMayManageAccounts() throws Exception {
        String name = unique("nope");
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> directory.open(name, "X", null, Set.of(Role.ADMIN), Set.of()))));
        assertTrue(deniedForRole(() -> AsRole.chiefEditor().call(() -> directory.open(name, "X", null, Set.of(Role.ADMIN), Set.of()))));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> directory.resetPassword("admin"))));
        assertTrue(deniedForRole(() -> AsRole.chiefEditor().call(directory::all)));
        assertNull(stored(name));
    }

    @Test
    void resetGivesANewPasswordAndTheOldOneStopsWorking() throws Exception {
        String name = unique("reset");
        AsRole admin = AsRole.admin();
        admin.call(() -> directory.open(name, "Reset Person", "Old-password-77", Set.of(Role.WRITER), Set.of()));
        NewPassword reset = admin.call(() -> directory.resetPassword(name));
        String hash = stored(name).getPasswordHash();
        assertFalse(PasswordHashing.verify("Old-password-77".toCharArray(), hash));
        assertTrue(PasswordHashing.verify(reset.generatedPassword().toCharArray(), hash));
        assertEquals(1, audited("PASSWORD_RESET", name));
        ActionRefused unknown = refusal(() -> admin.call(() -> directory.resetPassword(unique("ghost"))));
        assertEquals(ActionRefused.Why.NOT_FOUND, unknown.why());
    }

    @Test
    void rolesAndDesksChangeAndAreAudited() throws Exception {
        String name = unique("roles");
        AsRole admin = AsRole.admin();
        admin.call(() -> directory.open(name, "Roles Person", null, Set.of(Role.WRITER), Set.of("sport")));
        StaffView changed = admin.call(() -> directory.changeRoles(name, EnumSet.of(Role.EDITOR)));
        assertEquals(Set.of(Role.EDITOR), changed.roles());
        StaffView desks = admin.call(() -> directory.changeDesks(name, Set.of("world", "business ")));
        assertEquals(Set.of("business", "world"), desks.desks());
        StaffView disabled = admin.call(() -> directory.enable(name, false));
        assertFalse(disabled.enabled());
        assertTrue(admin.call(() -> directory.enable(name, true)).enabled());
        assertEquals(1, audited("ROLES_CHANGED", name + " "));
        assertEquals(1, audited("DESKS_CHANGED", name + " "));
        assertEquals(1, audited("USER_DISABLED", name));
    }

    /**
     * The other administrators are disabled inside a transaction that is rolled back, so
     * the shared database never loses its administrators even for a moment outside it.
     */
    @Test
    void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() throws Exception {
        String last = unique("lastadmin");
        AsRole admin = AsRole.admin();
        admin.call(() -> directory.open(last, "Last Admin", null, Set.of(Role.ADMIN), Set.of()));
        tx.begin();
        try {
            em.joinTransaction();
            int others = em.createQuery("update StaffUser u set u.enabled = false where u.username <> :n")
                    .setParameter("n", last).executeUpdate();
            assertTrue(others > 0);
            ActionRefused demote = refusal(() -> admin.call(() -> directory.changeRoles(last, Set.of(Role.CHIEF_EDITOR))));
            assertEquals(ActionRefused.Why.RULE, demote.why());
            assertTrue(demote.getMessage().contains("last enabled administrator"), demote.getMessage());
        } finally {
            tx.rollback();
        }
        tx.begin();
        try {
            em.joinTransaction();
            em.createQuery("update StaffUser u set u.enabled = false where u.username <> :n").setParameter("n", last).executeUpdate();
            ActionRefused disable = refusal(() -> admin.call(() -> directory.enable(last, false)));
            assertTrue(disable.getMessage().contains("last enabled administrator"), disable.getMessage());
        } finally {
            tx.rollback();
        }
        // With the others back, the same change is allowed.
        StaffView demoted = admin.call(() -> directory.changeRoles(last, Set.of(Role.CHIEF_EDITOR)));
        assertEquals(Set.of(Role.CHIEF_EDITOR), demoted.roles());
        List<StaffView> all = admin.call(directory::all);
        assertTrue(all.stream().anyMatch(u -> u.username().equals("admin") && u.enabled()));
        assertNotEquals(0, all.size());
    }

    /** Demo content writes stories as anyone it likes, so only an administrator may run it (the deploy does, as ADMIN). */
    @Test
    void onlyAnAdministratorMayWriteDemoContent() throws Exception {
        assertTrue(deniedForRole(() -> demo.hasContent()), "an anonymous caller reached the demo writer");
        assertTrue(deniedForRole(() -> AsRole.chiefEditor().call(demo::hasContent)), "a chief editor reached the demo writer");
        assertTrue(deniedForRole(() -> AsRole.chiefEditor().call(() -> {
            demo.createBreakingItems();
            return null;
        })), "a chief editor wrote demo breaking items");
        assertTrue(AsRole.admin().call(demo::hasContent), "the deploy's demo content is missing");
    }
}
