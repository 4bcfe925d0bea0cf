package org.newsroom.web.article;

import java.util.regex.Pattern;

/** Robots announce themselves in the User-Agent; their visits must not count as reads. */
public final class ReaderAgents {

    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|facebookexternalhit|preview|headless|curl|wget|python|java/|java-http-client|httpclient|monitor",
            Pattern.CASE_INSENSITIVE);

    private ReaderAgents() {
    }

    public static boolean isRobot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find();
    }
}
