package org.newsroom.editorial.limits;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Holds each reader's client to {@link RequestLimits} on search pages, the search API and
 * the public API: {@code 429 Too Many Requests} with {@code Retry-After} and a problem
 * document once it has used its allowance. The breaking-news stream and socket are not
 * counted: each reader holds one request open, which is no rate. Declared in the reader module's web.xml; it sees
 * only what the page cache did not answer ahead of the servlets. (The staff API is limited
 * by the sign-in mechanism, before a password is checked.)
 */
public class ClientLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SEARCH = Pattern.compile("^/(?:[a-z]{2}/search|api/v1/search)(?:/.*)?$");
    /** The public API, except the breaking-news stream and socket: one long-lived request per reader, not a rate. */
    private static final Pattern API = Pattern.compile("^/api/(?!.*/(?:stream|socket)$).*");

    @Inject
    transient RequestLimits limits;

    @Inject
    transient ClientAddress clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestLimits.Area area = areaOf(request.getRequestURI().substring(request.getContextPath().length()));
        long wait = area == null ? 0 : limits.waitSeconds(area, clients.of(request));
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDocument.tooManyRequests(response, wait);
    }

    private static RequestLimits.Area areaOf(String path) {
        if (SEARCH.matcher(path).matches()) {
            return RequestLimits.Area.SEARCH;
        }
        return API.matcher(path).matches() ? RequestLimits.Area.PUBLIC_API : null;
    }
}
