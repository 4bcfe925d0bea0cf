/**
 * Tests of the console's administration screens (users, schedule calendar, taxonomy,
 * session timeout): the services in the server with each role's identity, and the
 * screens in headless Chromium. Every test makes its own accounts and stories.
 */
package org.newsroom.it.site;
