/** The reader site tested as readers meet it: over HTTP, and in a real headless browser. */
package org.newsroom.it.reader;
