#!/usr/bin/env bash
# Two Newsroom nodes on this machine behind nginx, on one PostgreSQL database, with the embedded
# Artemis brokers of standalone-full-ha clustered over JGroups TCP on the loopback (docs/operations.md,
# "Two nodes"). Made for the two-node test and for trying a cluster out; not a production layout.
#
#   ops/two-nodes.sh start   copies the server the build prepared, configures, starts A, then B, then nginx
#   ops/two-nodes.sh stop    stops what start started (PIDs in the state directory) and drops the database
#
# Run `./mvnw -B package -DskipTests` first. Environment:
#   NEWSROOM_ADMIN_PASSWORD     required: console user admin, created once (the database is shared)
#   NEWSROOM_CLUSTER_PASSWORD   required: Artemis cluster password, the same on both nodes
#   NEWSROOM_CLUSTER_USER       default newsroom-cluster
#   NEWSROOM_JMS_USER / NEWSROOM_JMS_PASSWORD   optional: an ApplicationRealm user (group guest) added to
#                               both nodes, for remote JMS clients such as bench/PostBreaking.java
#   TWO_NODES_DB                default newsroom_twonodes (created at start, dropped at stop; never "test")
#   PGHOST / PGPORT / PGUSER    default 127.0.0.1 / 5432 / postgres;  NEWSROOM_DB_PASSWORD if not trust
#   TWO_NODES_DIR               default newsroom-ear/target/two-nodes (servers, logs, PIDs)
#   TWO_NODES_DEMO_ARTICLES     default 24 (fewer demo stories: faster first start)
# Ports: node A offset 1000 (HTTP 9080, management 10990, JGroups 8600), node B offset 1100
# (9180, 11090, 8700), nginx 9280.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/newsroom-ear/target"
server="$target/server-tests/wildfly-39.0.1.Final"  # prepared by ./mvnw package (the tests' server)
dir=${TWO_NODES_DIR:-$target/two-nodes}
state="$dir/state"
db=${TWO_NODES_DB:-newsroom_twonodes}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
config=standalone-full-ha.xml
nodes=(a b)
declare -A offset=([a]=1000 [b]=1100)
nginx_port=9280

log() { echo "two-nodes: $*"; }
http_port() { echo $((8080 + offset[$1])); }
mgmt_port() { echo $((9990 + offset[$1])); }
jgroups_port() { echo $((7600 + offset[$1])); }
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_node() {
  local n=$1
  local home="$dir/node-$n"  # not on the line above: bash expands both words before assigning either
  # standalone.sh writes the JVM's own PID here: the test kills exactly that process with -9.
  # setsid: the node outlives the shell that started it, and Ctrl-C in that shell does not reach it.
  JBOSS_PIDFILE="$state/node-$n.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
  JAVA_OPTS="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
  NEWSROOM_DB_DRIVER=postgresql \
  NEWSROOM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
  NEWSROOM_DB_USER="$PGUSER" \
  NEWSROOM_DB_PASSWORD="${NEWSROOM_DB_PASSWORD:-trust-auth-ignores-it}" \
  NEWSROOM_DEMO_ARTICLES="${TWO_NODES_DEMO_ARTICLES:-24}" \
    setsid "$home/bin/standalone.sh" -c "$config" \
      -Djboss.socket.binding.port-offset="${offset[$n]}" \
      -Djboss.node.name="node-$n" -Djboss.tx.node.id="newsroom-node-$n" \
      -Dnewsroom.cluster.name="newsroom-two-nodes-${offset[a]}" \
      -Dnewsroom.cluster.port1="$(jgroups_port a)" -Dnewsroom.cluster.port2="$(jgroups_port b)" \
      </dev/null >"$dir/node-$n.out" 2>&1 &
  echo $! >"$state/node-$n.launcher.pid"
}

wait_ready() {
  local n=$1 deadline=$((SECONDS + ${TWO_NODES_START_TIMEOUT:-240}))
  until curl -fsS -o /dev/null "http://127.0.0.1:$(mgmt_port "$n")/health/ready" 2>/dev/null; do
    if ! alive "$state/node-$n.launcher.pid"; then
      log "node $n exited during start; see $dir/node-$n.out"; tail -30 "$dir/node-$n.out" >&2; exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then log "node $n not ready in time; see $dir/node-$n.out"; exit 1; fi
    sleep 1
  done
  log "node $n ready: http://127.0.0.1:$(http_port "$n")/ (management $(mgmt_port "$n"))"
}

# A topic message sent on A reaches B only once the cluster bridges are up; the test must not start earlier.
wait_bridges() {
  local deadline=$((SECONDS + 90)) n
  for n in "${nodes[@]}"; do
    until grep -q "AMQ221027" "$dir/node-$n.out"; do  # "Bridge ClusterConnectionBridge … is connected"
      if [ $SECONDS -ge $deadline ]; then log "Artemis cluster bridge on node $n not connected; see $dir/node-$n.out"; exit 1; fi
      sleep 1
    done
  done
  log "Artemis cluster bridges connected on both nodes"
}

start_nginx() {
  "$root/ops/test-tools.sh" nginx
  local conf="$dir/nginx/nginx.conf"
  mkdir -p "$dir/nginx/tmp"
  # Readers (no session cookie): round robin over both nodes. Console users: the node their session
  # cookie names as its owner (WildFly appends the owning node's route, ".node-a", to JSESSIONID), the
  # other node as backup. Sessions are replicated (the console is <distributable/>), so when the owner
  # dies nginx sends its editors to the other node and they go on working, still signed in. A node that
  # refuses connections is skipped (and retried after 5 s). No buffering: SSE streams pass as they come.
  cat >"$conf" <<EOF
pid $state/nginx.pid;
error_log $dir/nginx/error.log warn;
worker_processes 1;
events { worker_connections 1024; }
http {
  access_log $dir/nginx/access.log;
  client_body_temp_path $dir/nginx/tmp/body;
  proxy_temp_path $dir/nginx/tmp/proxy;
  fastcgi_temp_path $dir/nginx/tmp/fastcgi;
  uwsgi_temp_path $dir/nginx/tmp/uwsgi;
  scgi_temp_path $dir/nginx/tmp/scgi;
  upstream newsroom {
    server 127.0.0.1:$(http_port a) max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$(http_port b) max_fails=1 fail_timeout=5s;
  }
  upstream newsroom_node_a {
    server 127.0.0.1:$(http_port a) max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$(http_port b) backup;
  }
  upstream newsroom_node_b {
    server 127.0.0.1:$(http_port b) max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$(http_port a) backup;
  }
  map \$cookie_JSESSIONID \$newsroom_pool {
    ~\.node-a\$ newsroom_node_a;
    ~\.node-b\$ newsroom_node_b;
    default newsroom;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://\$newsroom_pool;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
EOF
  nginx -e "$dir/nginx/error.log" -p "$dir/nginx" -c "$conf"
  local i
  for i in $(seq 50); do [ -s "$state/nginx.pid" ] && break; sleep 0.1; done
  log "nginx: http://127.0.0.1:$nginx_port/ -> nodes a and b"
}

start() {
  : "${NEWSROOM_ADMIN_PASSWORD:?set NEWSROOM_ADMIN_PASSWORD (console user admin)}"
  : "${NEWSROOM_CLUSTER_PASSWORD:?set NEWSROOM_CLUSTER_PASSWORD (Artemis cluster password)}"
  export NEWSROOM_ADMIN_PASSWORD NEWSROOM_CLUSTER_PASSWORD
  [ "$db" != test ] || { log "refusing the database 'test': other test runs use it"; exit 2; }
  [ -x "$server/bin/standalone.sh" ] && [ -f "$target/newsroom.ear" ] \
    || { log "no prepared server or EAR: run ./mvnw -B package -DskipTests first"; exit 2; }
  local n
  for n in "${nodes[@]}"; do
    if alive "$state/node-$n.launcher.pid" || alive "$state/node-$n.pid"; then
      log "node $n is already running; run '$0 stop' first"; exit 2
    fi
  done
  # Someone else's server on one of these ports would answer our health checks and the test's requests.
  local port
  for port in $(http_port a) $(mgmt_port a) $(jgroups_port a) $(http_port b) $(mgmt_port b) $(jgroups_port b) $nginx_port; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then log "port $port is in use; stop what listens there"; exit 2; fi
  done
  rm -rf "$dir"; mkdir -p "$state"

  # Configure one copy, then clone it: each jboss-cli run boots an embedded server (seconds each).
  local template="$dir/template"
  cp -a "$server" "$template"
  # Never inherit a started server's state: an Artemis journal copied twice gives both brokers the same
  # node ID, and the cluster then silently refuses to form.
  rm -rf "$template"/standalone/{data,tmp,log} "$template"/standalone/configuration/standalone_xml_history \
    "$template"/standalone/deployments/*
  NEWSROOM_SERVER_CONFIG=$config "$root/ops/install.sh" "$template" >"$dir/install.log"
  "$template/bin/jboss-cli.sh" -Dnewsroom.server.config=$config --file="$root/ops/cli/ha.cli" >>"$dir/install.log"
  if [ -n "${NEWSROOM_JMS_USER:-}" ] && [ -n "${NEWSROOM_JMS_PASSWORD:-}" ]; then
    "$template/bin/add-user.sh" -a -u "$NEWSROOM_JMS_USER" -p "$NEWSROOM_JMS_PASSWORD" -g guest >/dev/null
  fi
  cp "$target/newsroom.ear" "$template/standalone/deployments/"
  for n in "${nodes[@]}"; do cp -a "$template" "$dir/node-$n"; done
  rm -rf "$template"
  log "configured $dir/node-a and node-b ($config, see $dir/install.log)"

  dropdb --if-exists --force "$db"
  createdb "$db"
  echo "$db" >"$state/database"
  log "database $db on $PGHOST:$PGPORT"

  # A first, alone: it migrates the schema, creates admin and the demo content; B then finds them done.
  start_node a; wait_ready a
  start_node b; wait_ready b
  wait_bridges
  start_nginx
  log "started in ${SECONDS}s"
}

stop_pid() {  # $1 pid file, $2 name: TERM, then KILL after 30 s; only the process recorded there
  local file=$1 pid i
  alive "$file" || { rm -f "$file"; return 0; }
  pid=$(cat "$file")
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then log "$2 did not stop in 30 s; killing it"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$file"
}

stop() {
  [ -d "$state" ] || { log "nothing to stop"; return 0; }
  stop_pid "$state/nginx.pid" nginx
  local n
  for n in "${nodes[@]}"; do
    stop_pid "$state/node-$n.pid" "node $n"            # the JVM
    stop_pid "$state/node-$n.launcher.pid" "node $n launcher"  # standalone.sh, gone with it normally
  done
  if [ -s "$state/database" ]; then
    dropdb --if-exists --force "$(cat "$state/database")" && rm -f "$state/database"
  fi
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
