/**
 * What an edition says about itself, edited by administrators: its name and slogan, and
 * its static pages (about, contact, privacy). Without a row here the reader site uses
 * the texts of its resource bundles, so a new installation reads well before anyone edits.
 */
package org.newsroom.domain.site;
