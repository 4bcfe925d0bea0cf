#!/usr/bin/env bash
# Benchmark (not a test): how close the reader site comes to a static file server, and how its
# cost grows with the archive (issue 13, "4. Benchmark").
#
#   bench/reader-speed.sh
#   ARTICLES="10000 100000" DB="h2 postgresql" bench/reader-speed.sh   # the issue's full matrix
#
# Installs wrk and nginx from Debian's packages if missing and builds the EAR. Then, for each
# database in DB and each corpus size in ARTICLES, on a fresh server and fresh data:
#   1. starts its own WildFly (a copy of the one the build prepared) with a fresh data dir (or a
#      fresh scratch PostgreSQL database) and the demo corpus of that size; on PostgreSQL runs
#      ANALYZE once the corpus is written;
#   2. saves the home, a section and an article page, serves those copies with nginx, and
#      measures, alternating within each round: the page from the page cache, nginx, the page
#      with the cache switched off (at runtime, through a system property), nginx;
#   3. times five publishes (staff API) until the story is on the cached home page; server RSS;
#   4. crawl: reads each edition's article sitemap (/sitemaps/{en,ar,es}/articles.xml), takes
#      CRAWL_URLS distinct article pages and crawls them with the cache on (bench/crawl.lua:
#      every request a different page, none twice, so every request is a miss paying render,
#      gzip, ETag and insertion);
#   5. flood: the home page alone (cached, undisturbed), then again for the same duration while
#      a second wrk crawls CRAWL_URLS other article pages; every request slower than
#      WRK_TIMEOUT is a wrk timeout and is counted; RSS again (the cache now full);
#   6. stops the server and nginx, drops the scratch database, removes the server copy and the
#      data (logs and raw runs stay in WORK/<db>-<size>/).
# After each database: how the cost grows with the corpus (cache-off rate at the largest size ÷
# at the smallest, per page) and every target of issue 13, met or missed. Everything the run
# prints goes to stdout/stderr and also to WORK/results-<db>.txt.
# Stops only what it started, by PID.
#
# Environment (defaults in brackets):
#   ARTICLES ["10000 100000"] corpus sizes, one fresh server each (run smallest first)
#   DB [h2]            one or more of: h2 (embedded file, as the README's run command),
#                      postgresql (a scratch database PG_DB [newsroom_speed] on 127.0.0.1:5432
#                      as user postgres, trust auth, created fresh for each size and dropped
#                      after it); DB="h2 postgresql" runs both
#   DURATION [10s]     per wrk run        CONNECTIONS [64]  THREADS [2]  (page runs)
#   ROUNDS [2]         alternating rounds of the page runs
#   WRK_TIMEOUT [5s]   wrk's --timeout on every run: a request slower than this is a timeout
#   CRAWL_URLS [5000]  distinct article pages for the crawl, and as many others for the flood
#                      (fewer if the sitemaps list fewer: then the two runs share the list, half
#                      each, and the output says so). A list that runs out stops its wrk thread
#                      rather than go round again (the last requests in flight may repeat a URL:
#                      counted), and the output says when; at 2,000 req/s 5,000 URLs last 2.5 s
#   CRAWL_CONNECTIONS [64]  connections of the crawling wrk (crawl and flood)
#   PORT_OFFSET [900]  WildFly ports: 8080+offset (HTTP), 9990+offset (management)
#   NGINX_PORT [8991]  WORK [/tmp/newsroom-reader-speed-$UID] (emptied at the start)
#   SKIP_BUILD [unset] reuse newsroom-ear/target as it is
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ARTICLES=${ARTICLES:-10000 100000}
DB=${DB:-h2}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}
WRK_TIMEOUT=${WRK_TIMEOUT:-5s}
CRAWL_URLS=${CRAWL_URLS:-5000}
CRAWL_CONNECTIONS=${CRAWL_CONNECTIONS:-64}
PORT_OFFSET=${PORT_OFFSET:-900}
NGINX_PORT=${NGINX_PORT:-8991}
WORK=${WORK:-/tmp/newsroom-reader-speed-$(id -u)}
PG_DB=${PG_DB:-newsroom_speed}
HTTP_PORT=$((8080 + PORT_OFFSET))
MGMT_PORT=$((9990 + PORT_OFFSET))
BASE=http://127.0.0.1:$HTTP_PORT
NGINX=http://127.0.0.1:$NGINX_PORT
CRAWL_LUA=$ROOT/bench/crawl.lua
PAGES=(home section article)

for db in $DB; do
  case $db in h2|postgresql) ;; *) echo "DB: unknown database '$db' (h2, postgresql)" >&2; exit 2 ;; esac
done
for size in $ARTICLES; do
  [[ $size =~ ^[0-9]+$ ]] || { echo "ARTICLES: '$size' is not a number" >&2; exit 2; }
done
# Sizes in ascending order: the growth ratio is largest ÷ smallest.
SIZES=$(printf '%s\n' $ARTICLES | sort -n | uniq | paste -sd' ')
SMALLEST=$(printf '%s\n' $SIZES | head -1)
LARGEST=$(printf '%s\n' $SIZES | tail -1)

# ---- processes this script started (stopped by PID, nothing else) -----------------------------
server_pid=""   # ops/run.sh, which forwards SIGTERM to standalone.sh and the JVM
java_pid=""     # that JVM (found by its own base dir), for RSS and to make sure it is gone
nginx_pid=""
flood_pid=""    # the crawling wrk of the flood, while it runs
pg_created=""
stop_run() {
  if [ -n "$flood_pid" ]; then kill -TERM "$flood_pid" 2>/dev/null || true; wait "$flood_pid" 2>/dev/null || true; flood_pid=""; fi
  if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""; fi
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi
  if [ -n "$java_pid" ]; then
    # The next size reuses the ports: wait for the JVM itself, and kill it if it will not go.
    for _ in $(seq 1 60); do kill -0 "$java_pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$java_pid" 2>/dev/null || true
    java_pid=""
  fi
  if [ -n "$pg_created" ]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$pg_created" 2>/dev/null || true; pg_created=""; fi
}
trap stop_run EXIT
trap 'exit 130' INT TERM

# ---- output: everything also goes to the current database's results file ---------------------
OUT=/dev/null
say() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$OUT" >&2; }   # progress, on stderr
emit() { tee -a "$OUT"; }                                               # report lines, on stdout
declare -A R=()   # figures per run: R["db:size:key"]

# ---- tools and build --------------------------------------------------------------------------
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  say "installing wrk and nginx from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
fi
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
if [ -z "${SKIP_BUILD:-}" ]; then
  say "building (tests skipped; ./mvnw verify runs them)"
  ./mvnw -B -q verify -pl newsroom-ear -am -DskipTests >/dev/null
fi
WILDFLY_BUILT=$(ls -d "$ROOT"/newsroom-ear/target/server-tests/wildfly-* | head -1)
EAR=$ROOT/newsroom-ear/target/newsroom.ear
rm -rf "$WORK"
mkdir -p "$WORK"
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT+local changes"

# ---- wrk ------------------------------------------------------------------------------------
# One wrk run (arguments after the URL go to wrk as they are); its whole output is appended to
# $RUN_DIR/wrk.log and one line is printed:
#   req/s p50_ms p99_ms max_ms timeouts non2xx socket_errors [listed taken repeats exhausted after_s]
# (the last five only for bench/crawl.lua runs).
wrk_run() {
  local out
  out=$(wrk --timeout "$WRK_TIMEOUT" --latency "$@" 2>&1) || true
  printf '\n$ wrk --timeout %s --latency %s\n%s\n' "$WRK_TIMEOUT" "$*" "$out" >>"$RUN_DIR/wrk.log"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0 }
    /Requests\/sec/ { rps = $2 }
    /^ +Latency +[0-9]/ { max = ms($4) }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { for (i = 1; i < NF; i++) { v = $(i + 1); sub(/,$/, "", v)
                        if ($i == "timeout") timeouts = v; else if ($i ~ /^(connect|read|write)$/) errors += v } }
    /^crawl-list:/ { list = sprintf(" %d %d %d %s %s", $3, $5, $7, $9, $11) }
    END { printf "%.0f %.2f %.2f %.2f %d %d %d%s\n", rps, p50, p99, max, timeouts, bad, errors, list }' <<<"$out"
}
# Page runs: one line per run in $RUN_DIR/runs.txt: round page mode <wrk_run fields>.
measure() { # round page mode url
  local line
  line="$1 $2 $3 $(wrk_run -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$4")"
  echo "$line" >>"$RUN_DIR/runs.txt"
  say "$line"
}

# ---- one run: a database, a corpus size, a fresh server -----------------------------------
run_one() { # db size
  local db=$1 size=$2 k="$1:$2"
  RUN_DIR=$WORK/$db-$size
  mkdir -p "$RUN_DIR/static" "$RUN_DIR/nginx/logs"
  : >"$RUN_DIR/runs.txt"
  # Its own copy of the server, so the build's test server and this one never share state.
  cp -a "$WILDFLY_BUILT" "$RUN_DIR/wildfly"
  local admin_password
  admin_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  unset NEWSROOM_DB_URL NEWSROOM_DB_USER NEWSROOM_DB_PASSWORD
  if [ "$db" = postgresql ]; then
    PGOPTIONS="-c client_min_messages=warning" dropdb -h 127.0.0.1 -U postgres --if-exists "$PG_DB"
    createdb -h 127.0.0.1 -U postgres "$PG_DB"
    pg_created=$PG_DB
    export NEWSROOM_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB NEWSROOM_DB_USER=postgres NEWSROOM_DB_PASSWORD=unused-trust-auth
  fi
  say "[$db $size] starting WildFly on $HTTP_PORT with $size demo stories (fresh data in $RUN_DIR/data)"
  NEWSROOM_ADMIN_PASSWORD=$admin_password NEWSROOM_DEMO_ARTICLES=$size \
    "$ROOT/ops/run.sh" "$RUN_DIR/wildfly" "$EAR" "$RUN_DIR/data" -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
    -Dnewsroom.limit.public-api.per.second=1000000 -Dnewsroom.limit.search.per.second=1000000 \
    >"$RUN_DIR/server.log" 2>&1 &
  server_pid=$!
  local started
  started=$(date +%s)
  until grep -q "all $size demo stories written" "$RUN_DIR/server.log" 2>/dev/null \
     || { [ "$size" -le 300 ] && grep -q "demo content loaded" "$RUN_DIR/server.log" 2>/dev/null; }; do
    kill -0 "$server_pid" 2>/dev/null || { say "the server stopped; see $RUN_DIR/server.log"; exit 1; }
    [ $(( $(date +%s) - started )) -lt 3600 ] || { say "no corpus after 60 minutes"; exit 1; }
    [ -n "$java_pid" ] || java_pid=$(pgrep -f -- "-Djboss.server.base.dir=$RUN_DIR/wildfly/standalone" | head -1 || true)
    sleep 2
  done
  R[$k:corpus_s]=$(( $(date +%s) - started ))
  say "[$db $size] corpus written in ${R[$k:corpus_s]} s (including server start)"
  [ -n "$java_pid" ] || java_pid=$(pgrep -f -- "-Djboss.server.base.dir=$RUN_DIR/wildfly/standalone" | head -1)
  R[$k:analyze]=""
  if [ "$db" = postgresql ]; then
    local t0
    t0=$(date +%s%N)
    psql -h 127.0.0.1 -U postgres -d "$PG_DB" -q -c ANALYZE
    R[$k:analyze]="ANALYZE run after the corpus was written ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
    say "[$db $size] ${R[$k:analyze]}"
  fi

  local cli_base=("$RUN_DIR/wildfly/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT")
  cache_off() { "${cli_base[@]}" --command="/system-property=newsroom.page.cache:add(value=false)" >/dev/null; }
  cache_on() { "${cli_base[@]}" --command="/system-property=newsroom.page.cache:remove" >/dev/null; }

  # -- the pages
  curl -sf "$BASE/en/" -o "$RUN_DIR/static/home.html"
  local section article
  section=$(grep -oE 'href="/en/[a-z0-9-]+/"' "$RUN_DIR/static/home.html" \
    | grep -vE '/(about|contact|privacy|authors|search)/' | head -1 | cut -d'"' -f2)
  article=$(grep -oE 'href="/en/[a-z0-9-]+(/[a-z0-9-]+)+"' "$RUN_DIR/static/home.html" | head -1 | cut -d'"' -f2)
  curl -sf "$BASE$section" -o "$RUN_DIR/static/section.html"
  curl -sf "$BASE$article" -o "$RUN_DIR/static/article.html"
  say "[$db $size] pages: home /en/, section $section, article $article"

  cat >"$RUN_DIR/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $RUN_DIR/nginx/nginx.pid;
error_log $RUN_DIR/nginx/logs/error.log;
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
    root $RUN_DIR/static;
    add_header Cache-Control "public, max-age=60, s-maxage=300, stale-while-revalidate=600";
  }
}
EOF
  chmod -R a+rX "$RUN_DIR/static"
  "$NGINX_BIN" -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" &
  nginx_pid=$!
  sleep 1
  curl -sf "$NGINX/home.html" -o /dev/null || { say "nginx did not start"; exit 1; }

  # -- cached / nginx / cache off, alternating
  local -A url=([home]=/en/ [section]=$section [article]=$article)
  local -A file=([home]=/home.html [section]=/section.html [article]=/article.html)
  say "[$db $size] warming up"
  local page round mode
  for page in "${PAGES[@]}"; do
    wrk -t1 -c8 -d3s "$BASE${url[$page]}" >/dev/null
    wrk -t1 -c8 -d3s "$NGINX${file[$page]}" >/dev/null
  done
  cache_off
  wrk -t1 -c8 -d5s "$BASE$article" >/dev/null
  cache_on
  for round in $(seq 1 "$ROUNDS"); do
    for page in "${PAGES[@]}"; do
      measure "$round" "$page" cached "$BASE${url[$page]}"
      measure "$round" "$page" nginx "$NGINX${file[$page]}"
      cache_off
      measure "$round" "$page" off "$BASE${url[$page]}"
      cache_on
      measure "$round" "$page" nginx "$NGINX${file[$page]}"
    done
  done
  # Means over rounds (timeouts, non-2xx and errors summed) into R.
  for page in "${PAGES[@]}"; do
    for mode in cached off nginx; do
      read -r "R[$k:$page:$mode:rps]" "R[$k:$page:$mode:p50]" "R[$k:$page:$mode:p99]" "R[$k:$page:$mode:bad]" < <(
        awk -v p="$page" -v m="$mode" '$2==p && $3==m {r+=$4; a+=$5; b+=$6; bad+=$8+$9+$10; n++}
          END {printf "%.0f %.2f %.2f %d\n", r/n, a/n, b/n, bad}' "$RUN_DIR/runs.txt")
    done
  done

  # -- publish → on the home page
  local api=$BASE/admin/api/v1 section_id n headline created id etag t0
  local auth=(-u "admin:$admin_password")
  section_id=$(curl -sf "${auth[@]}" "$api/articles/sections?edition=en" | grep -oE '"id": *[0-9]+' | head -1 | grep -oE '[0-9]+$')
  header() { grep -i "^$1:" | head -1 | cut -d' ' -f2- | tr -d '\r'; }
  transition() { # id etag name → new etag
    curl -s -o /dev/null -D - "${auth[@]}" -X POST -H 'Content-Type: application/json' -H "If-Match: $2" -d '{}' \
      "$api/articles/$1/transitions/$3" | header ETag
  }
  local publish_ms=()
  for n in 1 2 3 4 5; do
    headline="Benchmark story $n $(date +%s%N)"
    created=$(curl -s -o /dev/null -D - "${auth[@]}" -H 'Content-Type: application/json' \
      -d "{\"edition\":\"en\",\"headline\":\"$headline\",\"sectionId\":$section_id,\"desk\":\"bench\"}" "$api/articles")
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
    publish_ms+=($(( ($(date +%s%N) - t0) / 1000000 )))
  done
  R[$k:publish]="${publish_ms[*]}"
  R[$k:publish_max]=$(printf '%s\n' "${publish_ms[@]}" | sort -n | tail -1)
  R[$k:rss]=$(( $(ps -o rss= -p "$java_pid" | tr -d ' ') / 1024 ))
  say "[$db $size] publish → home (ms): ${R[$k:publish]}; RSS ${R[$k:rss]} MiB"

  # -- the crawl list: article pages from the sitemaps, shuffled (always the same way), distinct
  local ed t_map count
  : >"$RUN_DIR/sitemap-urls.txt"
  R[$k:sitemaps]=""
  for ed in en ar es; do
    t0=$(date +%s%N)
    if curl -sf --max-time 900 "$BASE/sitemaps/$ed/articles.xml" -o "$RUN_DIR/sitemap-$ed.xml"; then
      count=$(grep -oE '<loc>[^<]*</loc>' "$RUN_DIR/sitemap-$ed.xml" | tee -a "$RUN_DIR/sitemap-urls.txt" | wc -l || true)
      t_map=$(( ($(date +%s%N) - t0) / 1000000 ))
      R[$k:sitemaps]+="${R[$k:sitemaps]:+; }$ed $count URLs in $t_map ms"
    else
      R[$k:sitemaps]+="${R[$k:sitemaps]:+; }$ed failed (curl)"
    fi
  done
  say "[$db $size] article sitemaps: ${R[$k:sitemaps]}"
  # <loc>https://host/en/a/b</loc> → /en/a/b; bytes outside printable ASCII percent-encoded (a
  # request line must be ASCII); the article of the page runs left out (it is in the cache).
  sed -E 's#^<loc>(https?://[^/]*)?##; s#</loc>$##; s#&amp;#\&#g' "$RUN_DIR/sitemap-urls.txt" \
    | perl -pe 's/([^\x21-\x7e\n])/sprintf("%%%02X", ord($1))/ge' \
    | grep -vxF "$article" | sort -u \
    | shuf --random-source=<(yes newsroom) >"$RUN_DIR/urls-all.txt" || true
  local total per
  total=$(wc -l <"$RUN_DIR/urls-all.txt")
  per=$CRAWL_URLS
  R[$k:list_note]=""
  if [ "$total" -lt $((2 * CRAWL_URLS)) ]; then
    per=$((total / 2))
    R[$k:list_note]="the sitemaps list $total article pages, fewer than 2 × CRAWL_URLS ($((2 * CRAWL_URLS))): crawl and flood get $per each"
    say "[$db $size] ${R[$k:list_note]}"
  fi
  head -n "$per" "$RUN_DIR/urls-all.txt" >"$RUN_DIR/urls-crawl.txt"
  sed -n "$((per + 1)),$((2 * per))p" "$RUN_DIR/urls-all.txt" >"$RUN_DIR/urls-flood.txt"
  [ "$per" -gt 0 ] || { say "no article URLs in the sitemaps; see $RUN_DIR/sitemap-*.xml"; exit 1; }

  # -- crawl: cache on, every request a different article page
  say "[$db $size] crawl: $per distinct article pages, wrk -t$THREADS -c$CRAWL_CONNECTIONS -d$DURATION"
  R[$k:crawl]=$(wrk_run -t"$THREADS" -c"$CRAWL_CONNECTIONS" -d"$DURATION" -s "$CRAWL_LUA" "$BASE" -- "$RUN_DIR/urls-crawl.txt" "$THREADS")
  say "[$db $size] crawl: ${R[$k:crawl]}"

  # -- flood: the cached home page alone, then beside a crawl over other article pages
  R[$k:alone]=$(wrk_run -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$BASE/en/")
  say "[$db $size] home cached, alone: ${R[$k:alone]}"
  wrk_run -t"$THREADS" -c"$CRAWL_CONNECTIONS" -d"$DURATION" -s "$CRAWL_LUA" "$BASE" -- "$RUN_DIR/urls-flood.txt" "$THREADS" \
    >"$RUN_DIR/flood-crawl.txt" &
  flood_pid=$!
  R[$k:flooded]=$(wrk_run -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$BASE/en/")
  wait "$flood_pid" || true
  flood_pid=""
  R[$k:flood_crawl]=$(cat "$RUN_DIR/flood-crawl.txt")
  say "[$db $size] home cached, during the flood: ${R[$k:flooded]}; the flood's crawl: ${R[$k:flood_crawl]}"
  R[$k:rss_end]=$(( $(ps -o rss= -p "$java_pid" | tr -d ' ') / 1024 ))

  report_run "$db" "$size" "$section" "$article"
  stop_run
  rm -rf "$RUN_DIR/wildfly" "$RUN_DIR/data"
}

# ---- reports ------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
# Crawl figures as text: "req/s, p50, p99, max, timeouts, non-2xx, errors; list use".
crawl_text() {
  local rps p50 p99 max to bad err listed taken repeats exhausted after
  read -r rps p50 p99 max to bad err listed taken repeats exhausted after <<<"$1"
  printf '%s req/s, p50 %s ms, p99 %s ms, max %s ms, timeouts (> %s) %s, non-2xx %s, socket errors %s' \
    "$rps" "$p50" "$p99" "$max" "$WRK_TIMEOUT" "$to" "$bad" "$err"
  if [ -n "${listed:-}" ]; then
    printf '; %s of %s listed URLs taken, %s repeats' "$taken" "$listed" "$repeats"
    if [ "${exhausted%%/*}" != 0 ]; then
      printf ' — THE LIST RAN OUT after %s s (%s threads): req/s counts the whole %s, so it is too low' "$after" "$exhausted" "$DURATION"
      printf ' (about %s req/s while it lasted: URLs taken ÷ that time; raise CRAWL_URLS)' \
        "$(awk -v t="$taken" -v s="$after" 'BEGIN { if (s > 0) printf "%.0f", t / s; else printf "?" }')"
    fi
  fi
}

report_run() { # db size section article
  local db=$1 size=$2 k="$1:$2" page mode
  {
    echo
    echo "Reader speed: $size stories on $db, wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT, $ROUNDS alternating rounds, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $COMMIT"
    [ -z "${R[$k:analyze]}" ] || echo "(PostgreSQL: ${R[$k:analyze]})"
    echo "(means over rounds; nginx = the same saved page as a static file, measured in the same rounds; ratio = req/s against nginx's;"
    echo " bad = timeouts + non-2xx + socket errors, summed over rounds; pages: home /en/, section $3, article $4)"
    printf '%-8s %-7s %10s %9s %9s %8s %9s %6s\n' page mode req/s p50_ms p99_ms ratio p99/nginx bad
    for page in "${PAGES[@]}"; do
      for mode in cached off nginx; do
        printf '%-8s %-7s %10s %9s %9s %8s %9s %6s\n' "$page" "$mode" "${R[$k:$page:$mode:rps]}" \
          "${R[$k:$page:$mode:p50]}" "${R[$k:$page:$mode:p99]}" \
          "$(ratio "${R[$k:$page:$mode:rps]}" "${R[$k:$page:nginx:rps]}")" \
          "$(ratio "${R[$k:$page:$mode:p99]}" "${R[$k:$page:nginx:p99]}")" "${R[$k:$page:$mode:bad]}"
      done
    done
    echo "article sitemaps: ${R[$k:sitemaps]}"
    [ -z "${R[$k:list_note]}" ] || echo "note: ${R[$k:list_note]}"
    echo "crawl (cache on, distinct article pages, -c$CRAWL_CONNECTIONS): $(crawl_text "${R[$k:crawl]}")"
    echo "flood: home page cached, alone:            $(crawl_text "${R[$k:alone]}")"
    echo "flood: home page cached, during the flood: $(crawl_text "${R[$k:flooded]}")"
    echo "flood: home during ÷ alone: $(ratio "$(cut -d' ' -f1 <<<"${R[$k:flooded]}")" "$(cut -d' ' -f1 <<<"${R[$k:alone]}")")"
    echo "flood: the crawl beside it (-c$CRAWL_CONNECTIONS):  $(crawl_text "${R[$k:flood_crawl]}")"
    echo "publish → on the home page (ms, 5 publishes): ${R[$k:publish]}"
    echo "server RSS with $size stories: ${R[$k:rss]} MiB after the page runs and publishes, ${R[$k:rss_end]} MiB after crawl and flood"
    echo "corpus written in ${R[$k:corpus_s]} s (server start included); raw runs: $RUN_DIR/runs.txt, wrk output: $RUN_DIR/wrk.log, server log: $RUN_DIR/server.log"
  } | emit
}

# One target line: name, size, measured, met (1/0).
# (ASCII only in these tables: printf pads by bytes.)
target() { printf '%-52s %8s  %-44s %s\n' "$1" "$2" "$3" "$([ "$4" = 1 ] && echo met || echo MISSED)"; }
# Rate at the largest size ÷ at the smallest ("-" with one size).
growth() { if [ "$SMALLEST" = "$LARGEST" ]; then echo -; else ratio "$1" "$2"; fi; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }' && echo 1 || echo 0; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }' && echo 1 || echo 0; }

report_db() { # db
  local db=$1 page size k r c n rps alone flooded to1 to2 to3 ok p99s ratios
  {
    echo
    echo "==== Summary, $db: sizes $SIZES; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, crawl -c$CRAWL_CONNECTIONS, $(nproc) cores, commit $COMMIT"
    echo
    echo "How the cost grows with the corpus (req/s; growth = rate at $LARGEST / rate at $SMALLEST):"
    printf '%-28s' "page"; for size in $SIZES; do printf ' %10s' "$size"; done; printf ' %8s\n' growth
    for page in "${PAGES[@]}"; do
      printf '%-28s' "$page, cache off"; for size in $SIZES; do printf ' %10s' "${R[$db:$size:$page:off:rps]}"; done
      printf ' %8s\n' "$(growth "${R[$db:$LARGEST:$page:off:rps]}" "${R[$db:$SMALLEST:$page:off:rps]}")"
    done
    printf '%-28s' "crawl (distinct articles)"; for size in $SIZES; do printf ' %10s' "$(cut -d' ' -f1 <<<"${R[$db:$size:crawl]}")"; done
    printf ' %8s\n' "$(growth "$(cut -d' ' -f1 <<<"${R[$db:$LARGEST:crawl]}")" "$(cut -d' ' -f1 <<<"${R[$db:$SMALLEST:crawl]}")")"
    for page in "${PAGES[@]}"; do
      printf '%-28s' "$page, cached"; for size in $SIZES; do printf ' %10s' "${R[$db:$size:$page:cached:rps]}"; done
      printf ' %8s\n' "$(growth "${R[$db:$LARGEST:$page:cached:rps]}" "${R[$db:$SMALLEST:$page:cached:rps]}")"
    done
    echo
    echo "Targets of issue 13 (the cache-off, publish and RSS targets are stated at 100,000 stories;"
    echo "rows at other sizes are for comparison):"
    printf '%-52s %8s  %-44s %s\n' target stories measured result
    for size in $SIZES; do
      k="$db:$size"
      target "cache off: article >= 2000 req/s" "$size" "${R[$k:article:off:rps]} req/s" "$(ge "${R[$k:article:off:rps]}" 2000)"
      target "cache off: home >= 1000 req/s" "$size" "${R[$k:home:off:rps]} req/s" "$(ge "${R[$k:home:off:rps]}" 1000)"
      target "cache off: section >= 1000 req/s" "$size" "${R[$k:section:off:rps]} req/s" "$(ge "${R[$k:section:off:rps]}" 1000)"
    done
    if [ "$SMALLEST" != "$LARGEST" ]; then
      for page in "${PAGES[@]}"; do
        r=$(ratio "${R[$db:$LARGEST:$page:off:rps]}" "${R[$db:$SMALLEST:$page:off:rps]}")
        target "cache off: $page at $LARGEST >= 0.8x at $SMALLEST" "$LARGEST" "${r}x" "$(ge "${r/-/0}" 0.8)"
      done
    else
      echo "(growth with the corpus: only one size measured)"
    fi
    for size in $SIZES; do
      k="$db:$size"; ok=1; ratios=""; p99s=""
      for page in "${PAGES[@]}"; do
        r=$(ratio "${R[$k:$page:cached:rps]}" "${R[$k:$page:nginx:rps]}"); ratios+="$r "
        [ "$(ge "${r/-/0}" 0.7)" = 1 ] || ok=0
      done
      target "cached >= 0.7x nginx req/s (home section article)" "$size" "$ratios" "$ok"
      ok=1
      for page in "${PAGES[@]}"; do
        r=$(ratio "${R[$k:$page:cached:p99]}" "${R[$k:$page:nginx:p99]}"); p99s+="$r "
        [ "$(le "${r/-/99}" 2)" = 1 ] || ok=0
      done
      target "cached p99 <= 2x nginx's (home section article)" "$size" "$p99s" "$ok"
    done
    for size in $SIZES; do
      k="$db:$size"
      read -r rps _ _ _ to1 c n _ <<<"${R[$k:crawl]}"
      target "crawl (every request a miss) >= 2000 req/s" "$size" \
        "$rps req/s, $to1 timeouts, $c non-2xx" "$(( $(ge "$rps" 2000) && to1 == 0 && c == 0 ))"
      alone=$(cut -d' ' -f1 <<<"${R[$k:alone]}")
      read -r flooded _ _ _ to2 _ _ <<<"${R[$k:flooded]}"
      read -r _ _ _ _ to3 _ _ <<<"${R[$k:flood_crawl]}"
      r=$(ratio "$flooded" "$alone")
      target "flood: cached home >= 0.5x its undisturbed rate" "$size" "$flooded of $alone req/s = ${r}x" "$(ge "${r/-/0}" 0.5)"
      target "flood: no request waits > 5 s (wrk timeouts)" "$size" \
        "home $to2, crawl $to3 (timeout $WRK_TIMEOUT)" "$(( to2 == 0 && to3 == 0 ))"
    done
    for size in $SIZES; do
      k="$db:$size"
      target "publish -> on the home page <= 1000 ms (all 5)" "$size" "${R[$k:publish]}" "$(le "${R[$k:publish_max]}" 1000)"
      target "server RSS <= 1024 MiB" "$size" "${R[$k:rss]} / ${R[$k:rss_end]} MiB (after crawl)" \
        "$(( ${R[$k:rss]} <= 1024 && ${R[$k:rss_end]} <= 1024 ))"
    done
    echo
    echo "Results file: $OUT; per run: $WORK/$db-<size>/ (runs.txt, wrk.log, server.log)"
  } | emit
}

# ---- the matrix ---------------------------------------------------------------------------------
for db in $DB; do
  OUT=$WORK/results-$db.txt
  : >"$OUT"
  say "reader speed on $db, sizes $SIZES; results also in $OUT"
  for size in $SIZES; do
    run_one "$db" "$size"
  done
  report_db "$db"
done
