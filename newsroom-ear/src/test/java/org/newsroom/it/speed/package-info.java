/**
 * The page cache seen from outside: what a publish or an unpublish drops, what stays,
 * editions apart, validators and gzip. Speed itself is measured by bench/reader-speed.sh.
 */
package org.newsroom.it.speed;
