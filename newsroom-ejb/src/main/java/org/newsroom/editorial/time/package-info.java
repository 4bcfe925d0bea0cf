/**
 * The one clock every service reads, so that schedules and embargoes can be tested
 * against a known time and all times are UTC.
 */
package org.newsroom.editorial.time;
