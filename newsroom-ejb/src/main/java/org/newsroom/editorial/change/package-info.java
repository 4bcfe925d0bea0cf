/**
 * The one message both sides share: "this changed for readers". The editorial side sends it
 * (publishing), the reader side and search listen to it; the record, its codec and its topic
 * live here so that neither side reaches into the other.
 */
package org.newsroom.editorial.change;
