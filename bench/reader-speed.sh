#!/usr/bin/env bash
# Benchmark (not a test): how close the reader site comes to a static file server.
#
#   bench/reader-speed.sh
#
# Installs wrk and nginx from Debian's packages if missing, builds the EAR, starts its
# own WildFly (a copy of the one the build prepared) with a fresh data dir and the
# 100,000-story demo corpus, saves the home, a section and an article page, serves those
# copies with nginx, then measures, alternating within each round: the page from the page
# cache, nginx, the page with the cache switched off (at runtime, through a system
# property), nginx. Then: time from a publish (staff API) to the story on the cached home
# page, and the server's RSS. Stops everything it started, by PID.
#
# Environment (defaults in brackets):
#   ARTICLES [100000]  corpus size        DURATION [10s]  per wrk run
#   CONNECTIONS [64]   THREADS [2]        ROUNDS [2]      alternating rounds
#   PORT_OFFSET [900]  WildFly ports: 8080+offset (HTTP), 9990+offset (management)
#   NGINX_PORT [8991]  WORK [/tmp/newsroom-reader-speed-$UID]
#   SKIP_BUILD [unset] reuse newsroom-ear/target as it is
#   DB [h2]            h2 (embedded file, as the README's run command) or postgresql: a scratch
#                      database PG_DB [newsroom_speed] on 127.0.0.1:5432 as user postgres (trust
#                      auth), created fresh and dropped at the end
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}
PORT_OFFSET=${PORT_OFFSET:-900}
NGINX_PORT=${NGINX_PORT:-8991}
WORK=${WORK:-/tmp/newsroom-reader-speed-$(id -u)}
DB=${DB:-h2}
PG_DB=${PG_DB:-newsroom_speed}
HTTP_PORT=$((8080 + PORT_OFFSET))
MGMT_PORT=$((9990 + PORT_OFFSET))
BASE=http://127.0.0.1:$HTTP_PORT
NGINX=http://127.0.0.1:$NGINX_PORT

server_pid=""
nginx_pid=""
cleanup() {
  # Only what this script started, by PID.
  if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "$DB" = postgresql ]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$PG_DB" 2>/dev/null || true; fi
}
trap cleanup EXIT INT TERM

say() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

# ---- tools ---------------------------------------------------------------------------------
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  say "installing wrk and nginx from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
fi
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)

# ---- build ---------------------------------------------------------------------------------
if [ -z "${SKIP_BUILD:-}" ]; then
  say "building (tests skipped; ./mvnw verify runs them)"
  ./mvnw -B -q verify -pl newsroom-ear -am -DskipTests >/dev/null
fi
WILDFLY_BUILT=$(ls -d "$ROOT"/newsroom-ear/target/wildfly-* | head -1)
EAR=$ROOT/newsroom-ear/target/newsroom.ear

# ---- server with the corpus ----------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$WORK/static" "$WORK/nginx/logs"
# Its own copy of the server, so the build's test server and this one never share state.
cp -a "$WILDFLY_BUILT" "$WORK/wildfly"
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
if [ "$DB" = postgresql ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists "$PG_DB"
  createdb -h 127.0.0.1 -U postgres "$PG_DB"
  export NEWSROOM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB NEWSROOM_DB_USER=postgres NEWSROOM_DB_PASSWORD=unused-trust-auth
fi
say "starting WildFly on $HTTP_PORT with $ARTICLES demo stories ($DB; fresh data in $WORK/data)"
NEWSROOM_ADMIN_PASSWORD=$ADMIN_PASSWORD NEWSROOM_DEMO_ARTICLES=$ARTICLES \
  "$ROOT/ops/run.sh" "$WORK/wildfly" "$EAR" "$WORK/data" -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
  >"$WORK/server.log" 2>&1 &
server_pid=$!
started=$(date +%s)
until grep -q "all $ARTICLES demo stories written" "$WORK/server.log" 2>/dev/null \
   || { [ "$ARTICLES" -le 300 ] && grep -q "demo content loaded" "$WORK/server.log" 2>/dev/null; }; do
  kill -0 "$server_pid" 2>/dev/null || { say "the server stopped; see $WORK/server.log"; exit 1; }
  [ $(( $(date +%s) - started )) -lt 1800 ] || { say "no corpus after 30 minutes"; exit 1; }
  sleep 2
done
say "corpus written in $(( $(date +%s) - started )) s (including server start)"
java_pid=$(pgrep -f -- "-Djboss.server.base.dir=$WORK/wildfly/standalone" | head -1)

cli() { "$WORK/wildfly/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" --command="$1" >/dev/null; }
cache_off() { cli "/system-property=newsroom.page.cache:add(value=false)"; }
cache_on() { cli "/system-property=newsroom.page.cache:remove"; }

# ---- the pages -----------------------------------------------------------------------------
curl -sf "$BASE/en/" -o "$WORK/static/home.html"
SECTION=$(grep -oE 'href="/en/[a-z0-9-]+/"' "$WORK/static/home.html" \
  | grep -vE '/(about|contact|privacy|authors|search)/' | head -1 | cut -d'"' -f2)
ARTICLE=$(grep -oE 'href="/en/[a-z0-9-]+(/[a-z0-9-]+)+"' "$WORK/static/home.html" | head -1 | cut -d'"' -f2)
curl -sf "$BASE$SECTION" -o "$WORK/static/section.html"
curl -sf "$BASE$ARTICLE" -o "$WORK/static/article.html"
say "pages: home /en/, section $SECTION, article $ARTICLE"

cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/static;
    add_header Cache-Control "public, max-age=60, s-maxage=300, stale-while-revalidate=600";
  }
}
EOF
chmod -R a+rX "$WORK/static"
"$NGINX_BIN" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
nginx_pid=$!
sleep 1
curl -sf "$NGINX/home.html" -o /dev/null || { say "nginx did not start"; exit 1; }

# ---- load ----------------------------------------------------------------------------------
# One wrk run; prints "req/s p50_ms p99_ms".
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { errors = $0; sub(/^ *Socket errors: */, "", errors); gsub(/ /, "", errors) }
    END { printf "%.0f %.2f %.2f%s%s\n", rps, p50, p99, (bad ? " non2xx=" bad : ""), (errors ? " errors=" errors : "") }'
}

declare -A URL=([home]=/en/ [section]=$SECTION [article]=$ARTICLE)
declare -A FILE=([home]=/home.html [section]=/section.html [article]=/article.html)
RESULTS=$WORK/results.txt
: >"$RESULTS"
say "warming up"
for page in home section article; do
  wrk -t1 -c8 -d3s "$BASE${URL[$page]}" >/dev/null
  wrk -t1 -c8 -d3s "$NGINX${FILE[$page]}" >/dev/null
done
cache_off
wrk -t1 -c8 -d5s "$BASE$ARTICLE" >/dev/null
cache_on
for round in $(seq 1 "$ROUNDS"); do
  for page in home section article; do
    echo "$round $page cached $(measure "$BASE${URL[$page]}")" | tee -a "$RESULTS" >&2
    echo "$round $page nginx $(measure "$NGINX${FILE[$page]}")" | tee -a "$RESULTS" >&2
    cache_off
    echo "$round $page off $(measure "$BASE${URL[$page]}")" | tee -a "$RESULTS" >&2
    cache_on
    echo "$round $page nginx $(measure "$NGINX${FILE[$page]}")" | tee -a "$RESULTS" >&2
  done
done

# ---- publish → home ------------------------------------------------------------------------
API=$BASE/admin/api/v1
auth=(-u "admin:$ADMIN_PASSWORD")
section_id=$(curl -sf "${auth[@]}" "$API/articles/sections?edition=en" | grep -oE '"id": *[0-9]+' | head -1 | grep -oE '[0-9]+$')
header() { grep -i "^$1:" | head -1 | cut -d' ' -f2- | tr -d '\r'; }
transition() { # id etag name → new etag
  curl -s -o /dev/null -D - "${auth[@]}" -X POST -H 'Content-Type: application/json' -H "If-Match: $2" -d '{}' \
    "$API/articles/$1/transitions/$3" | header ETag
}
PUBLISH_MS=()
for n in 1 2 3 4 5; do
  headline="Benchmark story $n $(date +%s%N)"
  created=$(curl -s -o /dev/null -D - "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"edition\":\"en\",\"headline\":\"$headline\",\"sectionId\":$section_id,\"desk\":\"bench\"}" "$API/articles")
  id=$(echo "$created" | header Location | grep -oE '[0-9]+$')
  etag=$(echo "$created" | header ETag)
  etag=$(transition "$id" "$etag" submit)
  etag=$(transition "$id" "$etag" approve)
  curl -sf "$BASE/en/" -o /dev/null; curl -sf "$BASE/en/" -o /dev/null   # the home page is in the cache
  t0=$(date +%s%N)
  transition "$id" "$etag" publish >/dev/null
  until curl -sf "$BASE/en/" | grep -qF "$headline"; do
    [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 10000 ] || break
    sleep 0.01
  done
  PUBLISH_MS+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
RSS_KB=$(ps -o rss= -p "$java_pid" | tr -d ' ')

# ---- report --------------------------------------------------------------------------------
echo
echo "Reader speed: $ARTICLES stories on $DB, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS alternating rounds, $(nproc) cores"
echo "(means over rounds; nginx = the same saved page as a static file; ratio = req/s against nginx's)"
printf '%-8s %-7s %10s %9s %9s %8s %9s\n' page mode req/s p50_ms p99_ms ratio p99/nginx
for page in home section article; do
  read -r n_rps n_p50 n_p99 < <(awk -v p="$page" '$2==p && $3=="nginx" {r+=$4; a+=$5; b+=$6; n++} END {printf "%.0f %.2f %.2f\n", r/n, a/n, b/n}' "$RESULTS")
  for mode in cached off nginx; do
    read -r rps p50 p99 < <(awk -v p="$page" -v m="$mode" '$2==p && $3==m {r+=$4; a+=$5; b+=$6; n++} END {printf "%.0f %.2f %.2f\n", r/n, a/n, b/n}' "$RESULTS")
    printf '%-8s %-7s %10s %9s %9s %8s %9s\n' "$page" "$mode" "$rps" "$p50" "$p99" \
      "$(awk -v a="$rps" -v b="$n_rps" 'BEGIN {printf "%.2f", a/b}')" "$(awk -v a="$p99" -v b="$n_p99" 'BEGIN {printf "%.2f", a/b}')"
  done
done
echo "publish → on the home page (ms, 5 publishes): ${PUBLISH_MS[*]}"
echo "server RSS with $ARTICLES stories: $((RSS_KB / 1024)) MiB"
echo "targets: cached ≥ 0.70× nginx req/s and p99 ≤ 2× nginx's; cache off ≥ 2000 article pages/s; publish < 1000 ms; RSS < 1024 MiB"
echo "raw runs: $RESULTS; server log: $WORK/server.log"
