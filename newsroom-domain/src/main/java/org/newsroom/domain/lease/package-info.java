/**
 * Edit leases: "who is editing this story right now". A lease expires by itself when
 * its holder stops sending heartbeats, so a closed browser never leaves a story locked.
 */
package org.newsroom.domain.lease;
