package org.newsroom.editorial.workflow;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which video addresses a story may link to: absolute {@code https} URLs with a host and
 * no user name or password in them. The reader page links there, so a {@code javascript:}
 * or plain-http address must never get in.
 */
public final class VideoAddress {

    private VideoAddress() {
    }

    public static boolean isAcceptable(String address) {
        if (address == null || address.isBlank() || !address.equals(address.strip()) || address.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(address);
            return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
