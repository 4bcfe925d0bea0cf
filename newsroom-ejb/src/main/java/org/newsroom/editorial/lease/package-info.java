/**
 * Edit leases: who is editing a story now. Kept in the database (not in memory) so
 * every node sees the same lease; it expires by itself when heartbeats stop.
 */
package org.newsroom.editorial.lease;
