#!/usr/bin/env bash
# Starts the prepared WildFly in the foreground with the Newsroom EAR deployed.
# Usage: ops/run.sh WILDFLY_HOME EAR DATA_DIR. Ctrl-C stops the server too.
set -euo pipefail
wildfly_home=${1:?usage: run.sh WILDFLY_HOME EAR DATA_DIR}
ear=${2:?EAR file}
data_dir=${3:?data directory}
mkdir -p "$data_dir"
# A PostgreSQL URL implies the PostgreSQL driver unless one was named.
if [[ "${NEWSROOM_DB_URL:-}" == jdbc:postgresql:* ]] && [ -z "${NEWSROOM_DB_DRIVER:-}" ]; then
  export NEWSROOM_DB_DRIVER=postgresql
fi
# The embedded H2 database gets a random password at first start, kept beside it; never a fixed default.
if [ -z "${NEWSROOM_DB_URL:-}" ] && [ -z "${NEWSROOM_DB_PASSWORD:-}" ]; then
  if [ ! -s "$data_dir/h2-password" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$data_dir/h2-password")
  fi
  NEWSROOM_DB_PASSWORD=$(cat "$data_dir/h2-password")
  export NEWSROOM_DB_PASSWORD
fi
cp "$ear" "$wildfly_home/standalone/deployments/newsroom.ear"
# The health checks are inside the EAR now; a probes WAR left by an older version would report them twice.
rm -f "$wildfly_home/standalone/deployments/newsroom-probes.war" "$wildfly_home/standalone/deployments/newsroom-probes.war".*
echo "Newsroom: starting WildFly; reader site http://localhost:8080/ , console http://localhost:8080/admin/ ; data in $data_dir"
# glibc gives each thread that allocates its own malloc arena (up to 8 per core), which a JVM with
# hundreds of threads turns into hundreds of MiB of resident memory it never gives back; two are
# plenty for a JVM, whose own heap is not malloc's (docs/deploy.md). A value set outside wins.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# The heap: WildFly's default ceiling is 512 MiB, which G1 fills under load whatever the need. With
# 100,000 stories and a full page cache the live set after a full collection is about 245 MiB, so
# 400 MiB leaves room to collect in and keeps the whole process under 1 GiB (docs/speed.md, "Memory").
# standalone.conf reads this variable; a value set outside wins.
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:--Xms64m -Xmx400m}
# standalone.sh forwards SIGTERM to the JVM and waits for it when launched this way.
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$wildfly_home/bin/standalone.sh" -c standalone-full.xml -Dnewsroom.data.dir="$data_dir" "${@:4}" &
server=$!
launcher=$PPID

stop_server() {
  trap - INT TERM HUP
  # Maven, which reads our output, may already be gone: never let a write end this function.
  trap '' PIPE
  echo "Newsroom: stopping WildFly" 2>/dev/null || true
  kill -TERM "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  exit 0
}
# Ctrl-C, a kill, or the launching Maven going away: the server stops too, never left orphaned.
trap stop_server INT TERM HUP
while kill -0 "$server" 2>/dev/null; do
  kill -0 "$launcher" 2>/dev/null || stop_server
  sleep 1
done
wait "$server"
