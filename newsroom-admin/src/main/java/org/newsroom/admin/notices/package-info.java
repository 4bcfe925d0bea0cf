/**
 * What every console screen says to its user: texts from the console's resource bundle and
 * the info and error notices after an action. One place, so a refusal reads the same on
 * every screen and a second language is one more bundle.
 */
package org.newsroom.admin.notices;
