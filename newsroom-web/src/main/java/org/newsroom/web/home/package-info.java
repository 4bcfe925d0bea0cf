/** The edition homes: the front page a reader lands on, built from a fixed handful of list queries. */
package org.newsroom.web.home;
