/**
 * How the persistence unit finds its SQL dialect without a database connection, so
 * that a database which cannot be reached is reported by the schema check at deploy
 * in one clear line instead of failing inside Hibernate's bootstrap.
 */
package org.newsroom.domain.persistence;
