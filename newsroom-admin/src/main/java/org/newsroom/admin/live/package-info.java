/**
 * The live desk: one screen per live story where editors post timestamped entries,
 * correct or remove them, and put one on the ticker with a click. The
 * {@code LiveCoverage} service stores, audits and announces; readers' open pages follow
 * over the breaking channel, so this screen never talks to readers itself.
 */
package org.newsroom.admin.live;
