/**
 * What IT staff watch: MicroProfile Health checks, served by WildFly on the management
 * interface ({@code /health/live}, {@code /health/ready}), so a load balancer takes a
 * node out of rotation when it cannot reach the database or the JMS broker.
 * <p>
 * They ship as their own small WAR beside the EAR because WildFly does not discover
 * health checks inside an EAR's modules (WFLY-12835: the Health CDI extension of an EAR
 * sees none of its modules' beans). The checks use only server resources bound by
 * ops/cli/install.cli, never classes of the EAR.
 */
package org.newsroom.probes;
