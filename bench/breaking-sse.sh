#!/usr/bin/env bash
# Benchmark (not a test): READERS concurrent SSE readers of one edition on loopback,
# one breaking item posted through the JMS inbox, time until every reader has it.
# Prints p50 / p99 / max (ms from the JMS send to the reader) and how many were lost.
#
#   bench/breaking-sse.sh [readers=1000] 
# Environment (defaults suit a server started with the README's run command):
#   BASE_URL      http://localhost:8080       the reader site
#   REMOTE_URL    http-remoting://localhost:8080   for the JMS client (same port)
#   JBOSS_HOME    newsroom-ear/target/wildfly-*   the server, for jboss-client.jar and add-user.sh
#   BENCH_USER / BENCH_PASSWORD   an ApplicationRealm user in group "guest" (created if JBOSS_HOME is local)
#   EDITION       en
#   TIMEOUT       30 seconds to wait for the last reader
# Needs Node 20 and Java 17. Posting goes through the JMS inbox, so the figure covers the
# whole path (inbox MDB, database, topic, relay, fan-out); the user it adds can send to any
# JMS destination: bench servers only. Server-side fan-out times are in the server log
# ("Event n written to N readers in x ms").
set -euo pipefail
cd "$(dirname "$0")/.."

READERS="${1:-1000}"
BASE_URL="${BASE_URL:-http://localhost:8080}"
REMOTE_URL="${REMOTE_URL:-http-remoting://localhost:${BASE_URL##*:}}"
EDITION="${EDITION:-en}"
TIMEOUT="${TIMEOUT:-30}"
JBOSS_HOME="${JBOSS_HOME:-$(ls -d newsroom-ear/target/wildfly-* 2>/dev/null | head -1)}"
BENCH_USER="${BENCH_USER:-bench}"
BENCH_PASSWORD="${BENCH_PASSWORD:-bench-$(id -u)-secret}"

[ -n "$JBOSS_HOME" ] && [ -f "$JBOSS_HOME/bin/client/jboss-client.jar" ] || { echo "set JBOSS_HOME to the WildFly that runs Newsroom" >&2; exit 2; }
if ! grep -q "^$BENCH_USER=" "$JBOSS_HOME/standalone/configuration/application-users.properties" 2>/dev/null; then
  "$JBOSS_HOME/bin/add-user.sh" -a -u "$BENCH_USER" -p "$BENCH_PASSWORD" -g guest >/dev/null
  echo "added ApplicationRealm user $BENCH_USER (group guest); a running server picks it up without restart"
fi

# Each reader is one socket on each side.
ulimit -n "$(( READERS * 2 + 1024 ))" 2>/dev/null || ulimit -n "$(ulimit -Hn)"

node bench/breaking-sse-readers.mjs "$BASE_URL" "$EDITION" "$READERS" "$TIMEOUT" -- \
  java -cp "$JBOSS_HOME/bin/client/jboss-client.jar" bench/PostBreaking.java \
  "$REMOTE_URL" "$BENCH_USER" "$BENCH_PASSWORD" "$EDITION"
