/**
 * What IT staff do from a shell on the server ({@code ops/newsroom}), without a console
 * password: the commands people reach for when something goes wrong (a locked-out
 * administrator, a stale page cache or search index, a doubtful configuration).
 *
 * <p>Why a JMX MBean ({@code org.newsroom:type=Operations}) and not a REST endpoint: the tool
 * reaches it over WildFly's management interface with local authentication (JBOSS-LOCAL-USER),
 * which proves the caller is the operating-system user that runs the server and needs no
 * password at all — the one way back in when the last administrator's password is lost. The
 * management interface listens on 127.0.0.1 only. The MBean adds no rule of its own: it calls
 * the same services as the console, as ADMIN ({@code @RunAs}), and the audit log names the
 * operating-system user ({@code os:alice}) as the actor.
 */
package org.newsroom.editorial.operations;
