/**
 * The site screen (administrators): each edition's name and slogan and its about,
 * contact and privacy pages, saved through SiteContent, which sanitizes, audits and tells
 * the reader site to drop its pages.
 */
package org.newsroom.admin.site;
