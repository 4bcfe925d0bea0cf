/**
 * Breaking items: the one-line alerts of the ticker on every reader page. An item
 * is current from the moment it is posted until it expires or is retracted.
 */
package org.newsroom.domain.breaking;
