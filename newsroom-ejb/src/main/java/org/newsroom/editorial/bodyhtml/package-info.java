/**
 * The rules of a story's body HTML, shared by the side that stores it (the workflow cleans what
 * staff send) and the side that shows it (the reader site finds the library pictures it names),
 * so both read the same rules and neither reaches into the other.
 */
package org.newsroom.editorial.bodyhtml;
