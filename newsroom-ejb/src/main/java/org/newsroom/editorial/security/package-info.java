/**
 * Staff sign-in for Jakarta Security: an identity store over the staff tables that
 * refuses disabled users and grants each role together with the roles it includes;
 * personal API tokens for the staff API; a short memory of verified passwords so HTTP
 * Basic does not cost a PBKDF2 per call; and breakers per client address and per name
 * that slow guessing down without letting anybody lock a colleague out.
 */
package org.newsroom.editorial.security;
