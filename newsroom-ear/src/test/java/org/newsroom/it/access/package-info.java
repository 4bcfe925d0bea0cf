/**
 * Who may call, and how often: personal API tokens, sign-in that resists guessing without
 * locking staff out, and the limits per client, proved over HTTP against the real EAR.
 */
package org.newsroom.it.access;
