/**
 * The console's first screen: what needs the signed-in person now (their drafts, their
 * desk's review queue) and what the newsroom is about to publish or has just published.
 */
package org.newsroom.admin.dashboard;
