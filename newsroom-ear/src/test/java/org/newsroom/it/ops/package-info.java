/**
 * What IT staff rely on, checked against the server configured by ops/install.sh:
 * health probes, metrics, security headers, the management interface on localhost,
 * no secrets in the log, backup and restore, and the command-line tool ops/newsroom.
 */
package org.newsroom.it.ops;
