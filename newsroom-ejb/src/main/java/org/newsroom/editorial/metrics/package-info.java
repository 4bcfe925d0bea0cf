/**
 * What the platform counts for IT staff, in WildFly's own Micrometer registry, so the
 * application's series come out of the same Prometheus endpoint as the server's
 * (management interface, {@code /prometheus}) and no second metrics stack is needed.
 */
package org.newsroom.editorial.metrics;
