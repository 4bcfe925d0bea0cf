/** The few static pages every news site owes its readers (who we are, how to reach us, what we do with data). */
package org.newsroom.web.about;
