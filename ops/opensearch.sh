#!/usr/bin/env bash
# A single OpenSearch node for the tests and for trying the shared search engine out (docs/operations.md,
# "Search on OpenSearch"). Not a production layout: one node, no security plugin, a small heap.
#
#   ops/opensearch.sh start DIR   unpacks OpenSearch into DIR (once), adds the analysis-common module, starts it
#   ops/opensearch.sh stop DIR    stops the node that start started (its PID is in DIR/opensearch.pid)
#
# Maven Central's integ-test-zip holds only the transport module; the language analyzers (`arabic`, the
# stemmers, `html_strip`) are in the analysis-common module, published as a plain jar. The script lays that jar
# out as a module with its descriptor, the way the full distribution ships it. Painless is not there, so the
# module's Painless extension (the scripted token filter) is left out; Newsroom does not use it.
# Both artifacts come through Maven (./mvnw dependency:copy) into the local repository the build uses.
#
# Environment:
#   OPENSEARCH_PORT           HTTP port, default 9200;  OPENSEARCH_TRANSPORT_PORT  default 9300
#   OPENSEARCH_START_TIMEOUT  seconds to wait for an answer, default 180
#   JAVA_HOME                 a Java 17 JDK (OpenSearch 2.19 runs on 11–21); default: the `java` on the PATH
#   MAVEN_ARGS                extra arguments for the Maven call that fetches the artifacts (e.g. -o)
# OpenSearch refuses to run as root: as root the script hands DIR to `nobody` and starts the node as nobody.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=2.19.6
action=${1:?usage: opensearch.sh start|stop DIR}
dir=${2:?usage: opensearch.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
home="$dir/opensearch-$version"
pidfile="$dir/opensearch.pid"
port=${OPENSEARCH_PORT:-9200}
transport_port=${OPENSEARCH_TRANSPORT_PORT:-9300}

log() { echo "opensearch: $*"; }
alive() { [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
answers() { curl -fsS -o /dev/null "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null; }

fetch() {
  local downloads="$dir/downloads"
  mkdir -p "$downloads"
  # shellcheck disable=SC2086  # MAVEN_ARGS is a list of words
  [ -f "$downloads/opensearch-$version.zip" ] || "$root/mvnw" -B -q -N ${MAVEN_ARGS:-} dependency:copy \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$version:zip" -DoutputDirectory="$downloads"
  # shellcheck disable=SC2086
  [ -f "$downloads/analysis-common-$version.jar" ] || "$root/mvnw" -B -q -N ${MAVEN_ARGS:-} dependency:copy \
    -Dartifact="org.opensearch.plugin:analysis-common:$version" -DoutputDirectory="$downloads"
}

install() {
  [ -d "$home" ] && return
  fetch
  log "unpacking OpenSearch $version into $dir"
  unzip -q "$dir/downloads/opensearch-$version.zip" -d "$dir"
  local module="$home/modules/analysis-common"
  mkdir -p "$module"
  cp "$dir/downloads/analysis-common-$version.jar" "$module/"
  cat >"$module/plugin-descriptor.properties" <<EOF
description=Adds the common analysis components (language analyzers, stemmers, char filters)
version=$version
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$version
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
  cat >>"$home/config/opensearch.yml" <<EOF
# Written by ops/opensearch.sh: one node on the loopback for tests.
discovery.type: single-node
network.host: 127.0.0.1
http.port: $port
transport.port: $transport_port
# A test machine's disk may be fuller than the default watermarks allow; never turn indexes read-only here.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
}

launch_failed() { log "OpenSearch did not start; see $dir/start.out"; tail -20 "$dir/start.out" >&2; exit 1; }

start() {
  if alive; then log "already running (PID $(cat "$pidfile"))"; return; fi
  install
  rm -f "$pidfile"
  local java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
  local run=(env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_JAVA_OPTS="-Xms256m -Xmx256m"
    "$home/bin/opensearch" -d -p "$pidfile")
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody "$dir"
    # -d daemonizes: the node writes its own PID to the file and leaves the shell.
    su -s /bin/bash nobody -c "$(printf '%q ' "${run[@]}")" >"$dir/start.out" 2>&1 || launch_failed
  else
    "${run[@]}" >"$dir/start.out" 2>&1 || launch_failed
  fi
  local deadline=$((SECONDS + ${OPENSEARCH_START_TIMEOUT:-180}))
  until answers; do
    if [ -s "$pidfile" ] && ! alive; then log "OpenSearch exited during start"; tail -30 "$home/logs/"*.log >&2 || true; exit 1; fi
    if [ $SECONDS -ge $deadline ]; then log "OpenSearch did not answer on port $port in time"; tail -30 "$dir/start.out" >&2; exit 1; fi
    sleep 1
  done
  log "ready on http://127.0.0.1:$port/ (PID $(cat "$pidfile"))"
  # Newsroom's Arabic analysis needs the arabic_normalization and arabic_stem filters: fail now, not in a search.
  curl -fsS -H 'Content-Type: application/json' "http://127.0.0.1:$port/_analyze" \
    -d '{"tokenizer":"standard","filter":["arabic_normalization","arabic_stem"],"text":"الأخبار"}' >/dev/null \
    || { log "the Arabic analysis filters are missing (analysis-common not loaded)"; exit 1; }
}

stop() {
  if ! alive; then log "not running"; rm -f "$pidfile"; return; fi
  local pid
  pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "PID $pid still running after 60 s; killing it"; kill -KILL "$pid"; fi
  rm -f "$pidfile"
  log "stopped (PID $pid)"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: opensearch.sh start|stop DIR" >&2; exit 2 ;;
esac
