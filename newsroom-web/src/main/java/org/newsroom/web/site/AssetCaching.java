package org.newsroom.web.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Static files carry their version in the name ({@code site-v1.css}), so a changed file
 * is a new URL and every file can be cached for a year.
 */
@WebFilter("/assets/*")
public class AssetCaching extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        chain.doFilter(request, response);
    }
}
