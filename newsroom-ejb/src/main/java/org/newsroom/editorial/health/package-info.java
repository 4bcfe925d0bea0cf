/**
 * What IT staff watch: MicroProfile Health checks served by WildFly on the management
 * interface ({@code /health/live}, {@code /health/ready}), so a load balancer or an
 * orchestrator takes a node out of rotation when it cannot reach the database or the
 * JMS broker, and restarts it only when the application itself is broken.
 */
package org.newsroom.editorial.health;
