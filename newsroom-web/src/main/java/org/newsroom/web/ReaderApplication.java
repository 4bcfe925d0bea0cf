package org.newsroom.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Every reader URL is a Jakarta REST resource: clean paths, real status codes and
 * HTTP caching headers without a view framework's session. Static files under
 * {@code /assets/} are served by {@link org.newsroom.web.site.StaticAssets}.
 */
@ApplicationPath("/")
public class ReaderApplication extends Application {
}
