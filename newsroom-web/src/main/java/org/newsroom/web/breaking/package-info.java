/**
 * Breaking news and live coverage for readers: the JSON list, the Server-Sent Events
 * streams, and this node's relay from the breaking topic to the readers connected to it.
 * The relay is an MDB in this WAR because an event raised in the EJB module would not
 * reach the WAR's beans; every node subscribes, so every node's readers are served.
 * The streams are a plain asynchronous servlet, not Jakarta REST SSE, so that one change
 * is encoded once and the same bytes go to every reader (see docs/breaking.md, benchmark).
 */
package org.newsroom.web.breaking;
