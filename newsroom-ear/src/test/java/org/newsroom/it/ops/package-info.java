/**
 * What IT staff rely on, checked against the server configured by ops/install.sh:
 * health probes, metrics, security headers, the management interface on localhost,
 * no secrets in the log, and backup and restore.
 */
package org.newsroom.it.ops;
