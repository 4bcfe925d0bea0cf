/**
 * Integration tests against a real WildFly: the built EAR deployed by Arquillian,
 * tested in the container (services, messaging) and from outside (HTTP, browser).
 * Each test stands alone; none depends on another's data or order.
 */
package org.newsroom.it;
