/**
 * Test support for the newsroom's translated bundles: one checker of what a translator can get wrong in a properties
 * bundle (a key missing in one language, placeholders that differ, a pattern {@code MessageFormat} misreads, the English
 * left in place), so the console's words and the refusals are held to the same rules by the same code. Shared with the
 * console's module through this module's test jar, which holds only this package.
 */
package org.newsroom.domain.translation;
