/**
 * The console in a real browser (headless Debian Chromium) and the staff API's breaking
 * endpoint over HTTP. Users are created per run through the staff API; other tests share
 * the database, so stories are found by their own unique headlines, never as "the newest".
 */
package org.newsroom.it.console;
