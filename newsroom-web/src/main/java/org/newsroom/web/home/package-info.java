/** The edition home pages and the redirect from {@code /} to the default edition. */
package org.newsroom.web.home;
