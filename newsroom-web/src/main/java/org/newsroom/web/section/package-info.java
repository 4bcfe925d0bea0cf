/** Section and subsection pages, the reader's way through the two-level section tree. */
package org.newsroom.web.section;
