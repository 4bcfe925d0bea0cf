/**
 * The one log line that tells an operator which settings this node really runs with,
 * so a misconfigured node is found by reading its log instead of its environment.
 * Secrets are reported as "set" or "not set", never by value.
 */
package org.newsroom.editorial.configuration;
