/**
 * Application metrics beside the server's own: registered with the Micrometer registry
 * WildFly provides (subsystem added by ops/cli/install.cli) and scraped by Prometheus
 * from the management interface, so IT staff use the same tool for both.
 */
package org.newsroom.editorial.metrics;
