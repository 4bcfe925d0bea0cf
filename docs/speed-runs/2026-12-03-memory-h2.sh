#!/usr/bin/env bash
# RSS experiment: one 100k H2 corpus, the server restarted with different JVM options.
set -uo pipefail
ROOT=/work/main; W=/work/rss; OFF=900; HTTP=$((8080+OFF)); MGMT=$((9990+OFF)); BASE=http://127.0.0.1:$HTTP
export NEWSROOM_ADMIN_PASSWORD=$(cat $W/adminpw 2>/dev/null || (head -c 18 /dev/urandom | base64 | tr -d '/+=' | tee $W/adminpw))
start() { # log
  setsid "$ROOT/ops/run.sh" "$W/wildfly" "$ROOT/newsroom-ear/target/newsroom.ear" "$W/data" -Djboss.socket.binding.port-offset=$OFF \
    -Dnewsroom.limit.public-api.per.second=1000000 -Dnewsroom.limit.search.per.second=1000000 > "$1" 2>&1 < /dev/null &
  echo $! > $W/run.pid
}
javapid() { pgrep -f -- "-Djboss.server.base.dir=$W/wildfly/standalone" | head -1; }
stop() { kill -TERM "$(cat $W/run.pid)" 2>/dev/null; for _ in $(seq 60); do [ -z "$(javapid)" ] && return; sleep 1; done; kill -9 "$(javapid)"; }
if [ ! -d $W/data ]; then
  cp -a $ROOT/newsroom-ear/target/server-tests/wildfly-* $W/wildfly
  NEWSROOM_DEMO_ARTICLES=100000 start $W/corpus.log
  until grep -q "all 100000 demo stories written" $W/corpus.log; do sleep 5; done
  echo "corpus written $(date +%T)"; stop
fi
for variant in "$@"; do
  case $variant in
    g1) flags="" ;; parallel) flags="-XX:+UseParallelGC" ;; serial) flags="-XX:+UseSerialGC" ;;
    parallel448) flags="-XX:+UseParallelGC -Xmx448m" ;;
    g1-448) flags="-Xmx448m" ;; g1-400-nio) flags="-Xmx400m -Djdk.nio.maxCachedBufferSize=262144" ;; g1-400) flags="-Xmx400m" ;; g1-384) flags="-Xmx384m" ;;
    *) flags="$variant" ;;
  esac
  export JBOSS_JAVA_SIZING="-Xms64m -Xmx512m $flags -XX:NativeMemoryTracking=summary"
  if [ -n "${FRESH:-}" ]; then rm -rf $W/data; NEWSROOM_DEMO_ARTICLES=100000 start $W/server-$variant.log; until grep -q "all 100000 demo stories written" $W/server-$variant.log; do sleep 5; done; echo "fresh corpus written $(date +%T)"; else start $W/server-$variant.log; fi
  until [ "$(curl -s -o /dev/null -w '%{http_code}' $BASE/en/)" = 200 ]; do sleep 2; done
  pid=$(javapid)
  curl -s $BASE/en/ -o $W/home.html
  section=$(grep -oE 'href="/en/[a-z0-9-]+/"' $W/home.html | grep -vE '/(about|contact|privacy|authors|search)/' | head -1 | cut -d'"' -f2)
  article=$(grep -oE 'href="/en/[a-z0-9-]+(/[a-z0-9-]+)+"' $W/home.html | head -1 | cut -d'"' -f2)
  [ -s $W/urls.txt ] || { for ed in en ar es; do curl -s --max-time 900 $BASE/sitemaps/$ed/articles.xml; done | grep -oE '<loc>[^<]*</loc>' | sed -E 's#^<loc>(https?://[^/]*)?##; s#</loc>$##; s#&amp;#\&#g' | shuf --random-source=<(yes newsroom) | head -20000 > $W/urls.txt; wc -l $W/urls.txt; }
  for u in /en/ $section $article; do wrk -t2 -c64 -d10s $BASE$u | grep Requests/sec; done
  wrk -t2 -c64 -d40s -s $ROOT/bench/crawl.lua $BASE -- $W/urls.txt 2 | grep -E "Requests/sec|crawl-list"
  for u in /en/ $section $article; do wrk -t2 -c64 -d10s $BASE$u | grep Requests/sec; done
  echo "$variant: RSS $(( $(ps -o rss= -p $pid) / 1024 )) MiB threads $(ls /proc/$pid/task | wc -l)"
  jcmd $pid VM.native_memory summary | grep -E "^-|committed=" | grep -vE "^ *\(|^\s*$" | head -40 > $W/nmt-$variant.txt
  cat $W/nmt-$variant.txt | sed -E 's/\(reserved=[0-9]+KB, //' | head -14
  jcmd $pid GC.run >/dev/null; jcmd $pid GC.heap_info | head -3
  stop
done
