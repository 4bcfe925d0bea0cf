/**
 * Staff sign-in for Jakarta Security: an identity store over the staff tables that
 * refuses disabled users, throttles repeated failures (counted in the audit log, so
 * every node sees them) and grants each role together with the roles it includes.
 */
package org.newsroom.editorial.security;
