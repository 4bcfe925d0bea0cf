/**
 * Times as the newsroom reads them: every instant the console shows or asks for is in
 * the desk's time zone ({@code newsroom.console.zone}, UTC unless set), so a schedule
 * typed as 18:00 means 18:00 where the editors sit.
 */
package org.newsroom.admin.time;
