package org.newsroom.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.security.StaffSignIn;
import org.newsroom.editorial.staff.PasswordHashing;
import org.newsroom.editorial.staff.StaffDirectory;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/** A password stored with fewer rounds (as before issue 14) still signs in and is stored again with 600,000. */
@ExtendWith(ArquillianExtension.class)
class PasswordUpgradeIT {

    private static final String PASSWORD = "Upgrade-me-please-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(PasswordUpgradeIT.class);
    }

    @EJB
    StaffDirectory directory;

    @EJB
    StaffSignIn signIn;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Test
    void anOlderHashSignsInAndIsUpgradedAtOnce() throws Exception {
        String name = "upgrade-" + UUID.randomUUID().toString().substring(0, 8);
        AsRole.admin().call(() -> directory.open(name, "Upgrade Person", PASSWORD, EnumSet.of(Role.WRITER), Set.of()));
        String older = olderHash(PASSWORD, 210_000);
        tx.begin();
        em.createQuery("update StaffUser u set u.passwordHash = :h where u.username = :n")
                .setParameter("h", older).setParameter("n", name).executeUpdate();
        tx.commit();

        assertEquals(Set.of(Role.WRITER_NAME), signIn.check(name, PASSWORD.toCharArray()));
        String now = stored(name).getPasswordHash();
        assertTrue(now.startsWith("PBKDF2WithHmacSHA256:600000:"), now);
        assertTrue(PasswordHashing.verify(PASSWORD.toCharArray(), now));
        assertEquals(Set.of(Role.WRITER_NAME), signIn.check(name, PASSWORD.toCharArray()), "and signs in with the new one");
        assertNull(signIn.check(name, "Upgrade-me-please-43".toCharArray()));
    }

    private StaffUser stored(String username) {
        em.clear();
        return em.createQuery("select u from StaffUser u where u.username = :n", StaffUser.class).setParameter("n", username)
                .getSingleResult();
    }

    /** A hash as the platform stored them before: the same format with fewer rounds. */
    private static String olderHash(String password, int rounds) throws Exception {
        byte[] salt = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:" + rounds + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }
}
