/**
 * The newsroom's append-only record of who did what and when: transitions, publishing,
 * take-overs, role changes, refused sign-ins. Entries are written, never changed.
 */
package org.newsroom.domain.audit;
