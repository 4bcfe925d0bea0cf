/** The console's first screen: what is happening in the newsroom right now. */
package org.newsroom.admin.dashboard;
