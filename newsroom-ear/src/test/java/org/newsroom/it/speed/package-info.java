/**
 * Reader speed that a test can hold: the page cache seen from outside (what a publish or an
 * unpublish drops, what stays, editions apart, validators and gzip), and the SQL statements
 * each reader page type costs, which must not grow with the archive. Throughput itself is
 * measured by bench/reader-speed.sh.
 */
package org.newsroom.it.speed;
