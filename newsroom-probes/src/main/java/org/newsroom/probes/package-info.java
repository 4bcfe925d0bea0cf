/**
 * What IT staff watch: MicroProfile Health checks, served by WildFly on the management
 * interface ({@code /health/live}, {@code /health/ready}), so a load balancer takes a
 * node out of rotation when it cannot reach the database or the JMS broker.
 * <p>
 * They ship as a library jar in the EAR's {@code lib/}, not in the EJB jar or a WAR:
 * WildFly's health subsystem registers its CDI extension for the top-level deployment
 * only (WFLY-12835), and of an EAR's beans that sees those of its library jars alone.
 * The checks use only server resources bound by ops/cli/install.cli, never classes of
 * the EAR's modules.
 */
package org.newsroom.probes;
