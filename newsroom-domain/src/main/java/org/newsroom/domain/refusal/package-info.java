/**
 * What the newsroom says when it refuses something, in every language the console speaks. A refusal is a
 * {@link org.newsroom.domain.refusal.Reason} and its arguments, not a finished sentence: the sentences live
 * once, in the {@code refusals} bundles beside this package (English, Arabic, Spanish), so the console can
 * say a refusal in the reader's language while the staff API and the logs keep the English one.
 */
package org.newsroom.domain.refusal;
