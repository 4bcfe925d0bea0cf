/**
 * The one line that tells whoever started the platform that it is serving, and where: the
 * reader site, the console and, on a first start, how to sign in. Written when the reader site
 * actually answers, not when a component believes it has started.
 */
package org.newsroom.web.ready;
