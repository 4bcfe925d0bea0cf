#!/usr/bin/env bash
# Benchmark (not a test): READERS concurrent SSE readers of one edition on loopback; breaking
# items posted through the staff API one after the other (POSTS, default 3: the first after a
# server start is the cold one), each timed from the start of its POST to every reader's copy.
# Prints p50 / p99 / max (ms), how many readers lost it and how long the POST took; with
# SERVER_PID found, the server's resident memory before and after the readers connect.
#
#   bench/breaking-sse.sh [readers=1000]
# Environment (defaults suit a server started with the README's run command):
#   BASE_URL        http://localhost:8080            the reader site and the staff API
#   STAFF_USER / STAFF_PASSWORD   a console user who may post breaking news (editor and up);
#                   default admin / $NEWSROOM_ADMIN_PASSWORD. STAFF_TOKEN (an API token) instead,
#                   if the platform has them.
#   EDITION         en
#   POSTS           3
#   TIMEOUT         30 seconds to wait for the last reader of each post
#   STALLED_PERCENT 0: that share of the readers (extra to READERS) connect first and never read;
#                   FILL (default 1500) items then go through the JMS inbox (no HTTP sign-in per
#                   item) so their socket buffers are full before timing starts. Needs JBOSS_HOME
#                   (for jboss-client.jar and add-user.sh) and REMOTE_URL, BENCH_USER/BENCH_PASSWORD
#                   (an ApplicationRealm user in group "guest", added if missing: bench servers only).
#   SERVER_PID      found with pgrep (the WildFly under JBOSS_HOME) unless given
# Needs Node 20 and Java 17. Server-side fan-out times are in the server log
# ("Event n written to N readers in x ms").
set -euo pipefail
cd "$(dirname "$0")/.."

READERS="${1:-1000}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
REMOTE_URL="${REMOTE_URL:-http-remoting://localhost:${BASE_URL##*:}}"
EDITION="${EDITION:-en}"
TIMEOUT="${TIMEOUT:-30}"
STALLED_PERCENT="${STALLED_PERCENT:-0}"
export POSTS="${POSTS:-3}"
JBOSS_HOME="${JBOSS_HOME:-$(ls -d newsroom-ear/target/server-run/wildfly-* 2>/dev/null | head -1)}"
BENCH_USER="${BENCH_USER:-bench}"
BENCH_PASSWORD="${BENCH_PASSWORD:-bench-$(id -u)-secret}"

if [ -n "${STAFF_TOKEN:-}" ]; then
  export STAFF_AUTH="Bearer $STAFF_TOKEN"
else
  STAFF_USER="${STAFF_USER:-admin}"
  STAFF_PASSWORD="${STAFF_PASSWORD:-${NEWSROOM_ADMIN_PASSWORD:-}}"
  [ -n "$STAFF_PASSWORD" ] || { echo "set STAFF_PASSWORD (or NEWSROOM_ADMIN_PASSWORD, or STAFF_TOKEN)" >&2; exit 2; }
  STAFF_AUTH="Basic $(printf '%s:%s' "$STAFF_USER" "$STAFF_PASSWORD" | base64 -w0)"
  export STAFF_AUTH
fi
if [ -z "${SERVER_PID:-}" ] && [ -n "$JBOSS_HOME" ]; then
  SERVER_PID="$(pgrep -f -- "-Djboss.home.dir=$(cd "$JBOSS_HOME" && pwd)" | head -1 || true)"
fi
export SERVER_PID="${SERVER_PID:-}"

STALLED=$(( READERS * STALLED_PERCENT / 100 ))
export STALLED FILL="${FILL:-1500}"
fill=()
if [ "$STALLED" -gt 0 ]; then
  [ -n "$JBOSS_HOME" ] && [ -f "$JBOSS_HOME/bin/client/jboss-client.jar" ] || { echo "set JBOSS_HOME to the WildFly that runs Newsroom" >&2; exit 2; }
  if ! grep -q "^$BENCH_USER=" "$JBOSS_HOME/standalone/configuration/application-users.properties" 2>/dev/null; then
    "$JBOSS_HOME/bin/add-user.sh" -a -u "$BENCH_USER" -p "$BENCH_PASSWORD" -g guest >/dev/null
    echo "added ApplicationRealm user $BENCH_USER (group guest); a running server picks it up without restart"
  fi
  fill=(-- java -cp "$JBOSS_HOME/bin/client/jboss-client.jar" bench/PostBreaking.java
        "$REMOTE_URL" "$BENCH_USER" "$BENCH_PASSWORD" "$EDITION")
fi

# Each reader is one socket on each side.
ulimit -n "$(( (READERS + STALLED) * 2 + 1024 ))" 2>/dev/null || ulimit -n "$(ulimit -Hn)"

node bench/breaking-sse-readers.mjs "$BASE_URL" "$EDITION" "$READERS" "$TIMEOUT" "${fill[@]}"
