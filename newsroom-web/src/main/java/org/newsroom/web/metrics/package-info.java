/**
 * Counting reader traffic by the kind of page, so IT staff see what a surge is made of
 * (a breaking story's article pages, the home, search, feeds, the API) without parsing
 * access logs. The meters themselves live in the EJB module's {@code NewsroomMeters}.
 */
package org.newsroom.web.metrics;
