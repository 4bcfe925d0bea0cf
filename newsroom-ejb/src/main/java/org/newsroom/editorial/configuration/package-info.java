/**
 * Every setting declared once ({@link org.newsroom.editorial.configuration.Setting}) and read one
 * way, through MicroProfile Config, so the documentation, the log and the operations tool cannot
 * drift from what the code reads. The one log line tells an operator which settings this node
 * really runs with, so a misconfigured node is found by reading its log instead of its
 * environment. Secrets are reported as "set" or "not set", never by value.
 */
package org.newsroom.editorial.configuration;
