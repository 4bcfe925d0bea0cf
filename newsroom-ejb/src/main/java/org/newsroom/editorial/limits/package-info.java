/**
 * How much one client may ask of the platform: who the client is (its address, believing
 * {@code X-Forwarded-For} only from the proxies IT staff name) and how many requests per
 * second it gets on search, the public API and the staff API before it is told to come back
 * later. Kept beside the editorial engine because both web modules and the sign-in share it.
 */
package org.newsroom.editorial.limits;
