/**
 * How stories are analysed for full-text search, per language. It lives beside the
 * entities because Hibernate Search loads it with the persistence unit (in the EAR's
 * lib/), where the EJB module's classes are not visible.
 */
package org.newsroom.domain.search;
