/**
 * The media library end to end: the upload service against a real server and database
 * (good pictures make renditions, bad files are refused and leave nothing), and a writer's
 * journey in a real browser from upload to the reader page.
 */
package org.newsroom.it.media;
