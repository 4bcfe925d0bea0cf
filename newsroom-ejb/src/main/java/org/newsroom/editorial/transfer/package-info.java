/**
 * Moving a site: the content of one installation written to a directory ({@code ops/newsroom
 * export DIR}) and read into an empty one ({@code ops/newsroom import DIR}), with its identities,
 * slugs and times, so that readers' links keep working on the new installation.
 *
 * <p>Why table by table and not through the entities: the directory mirrors the schema one file
 * per table (JSON Lines, one row a line, pictures as files beside them), so what is exported is
 * exactly what the database holds, the same rows come back with the same ids and times, and the
 * format is the schema's, versioned by the Flyway version in the manifest. It streams both ways:
 * no story, table or picture is held in memory beyond the row being copied. What is not content
 * (staff accounts and their secrets, the audit log, leases, preview links) stays behind, and the
 * read models (reader shelf, search index) are rebuilt on import by the code that keeps them in
 * step with publishing. The list of tables and why each one goes or stays is {@link ContentTables}.
 */
package org.newsroom.editorial.transfer;
