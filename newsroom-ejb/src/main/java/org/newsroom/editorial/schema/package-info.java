/**
 * Brings the database to the schema this version expects before anything else
 * runs: Flyway migrates, then Hibernate checks the mappings against the result.
 * A server that cannot do both refuses to start, with one line saying why.
 */
package org.newsroom.editorial.schema;
