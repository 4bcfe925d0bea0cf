/**
 * Full-text search over stories with Hibernate Search (Lucene on one node, an
 * Elasticsearch/OpenSearch cluster for many): ranked, highlighted and filtered per
 * edition. The index holds every state so the console can reuse it; readers' searches
 * are restricted to PUBLISHED here, in one place.
 */
package org.newsroom.editorial.search;
