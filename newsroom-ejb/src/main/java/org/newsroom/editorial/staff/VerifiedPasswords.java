package org.newsroom.editorial.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.newsroom.editorial.configuration.Setting;

/**
 * Passwords that recently passed PBKDF2, so a script calling the staff API with HTTP Basic
 * pays for the hash once, not on every call. An entry is keyed by the user name, an HMAC of
 * the presented password (under a key made at start and kept only in memory, so the cache
 * holds nothing an attacker could test guesses against offline) and the stored hash it was
 * checked against: a wrong password has another key, and a changed password (a new stored
 * hash) makes every old entry unreachable. Entries expire after
 * {@code NEWSROOM_SIGNIN_CACHE_SECONDS}; the account's enabled flag and roles are read fresh
 * on every sign-in, never cached here.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private record Key(String username, String passwordMac, String storedHash) {
    }

    private final SecretKeySpec macKey;
    private final Cache<Key, Boolean> verified;

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        macKey = new SecretKeySpec(secret, "HmacSHA256");
        long seconds = Setting.SIGNIN_CACHE_SECONDS.number();
        verified = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(seconds)).maximumSize(10_000).build();
    }

    public boolean contains(String username, char[] password, String storedHash) {
        return verified.getIfPresent(new Key(username, mac(password), storedHash)) != null;
    }

    public void remember(String username, char[] password, String storedHash) {
        verified.put(new Key(username, mac(password), storedHash), Boolean.TRUE);
    }

    /** Drops every entry of one account: its password changed, or it was disabled. */
    public void forget(String username) {
        verified.asMap().keySet().removeIf(key -> key.username().equals(username));
    }

    private String mac(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(macKey);
            hmac.update(bytes);
            return Base64.getEncoder().encodeToString(hmac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        } finally {
            if (bytes.hasArray()) {
                java.util.Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
