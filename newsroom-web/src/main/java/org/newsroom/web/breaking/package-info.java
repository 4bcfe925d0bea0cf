/**
 * Breaking news and live coverage for readers: the JSON list, the Server-Sent Events
 * streams, and this node's relay from the breaking topic to the readers connected to it.
 * The relay is an MDB in this WAR because an event raised in the EJB module would not
 * reach the WAR's beans; every node subscribes, so every node's readers are served.
 */
package org.newsroom.web.breaking;
