/** The search results page; kept apart so the search engine of a later issue replaces only this package's data source. */
package org.newsroom.web.search;
