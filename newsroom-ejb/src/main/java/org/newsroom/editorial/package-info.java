/**
 * The editorial services: the only place where transactions begin and roles are
 * checked. Pages and APIs in the WARs call these beans; they never touch the
 * database themselves.
 */
package org.newsroom.editorial;
