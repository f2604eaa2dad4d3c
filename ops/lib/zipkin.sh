# shellcheck shell=bash
# Zipkin, where every service sends its traces: the server's exec jar from Maven Central (pinned
# ZIPKIN_VERSION). The stack's keeps its spans in Elasticsearch (daily zipkin-span-* indices), so that
# traces outlive a restart; the services' integration tests use one that keeps them in memory.
# Sourced, not run.

# shellcheck disable=SC2034  # used by ops/stack urls
ZIPKIN_URL="http://localhost:$ZIPKIN_PORT"

zipkin_ready() { http_ok "http://localhost:$1/health"; }

# zipkin_start INSTANCE PORT [ELASTICSEARCH_PORT]: one Zipkin on PORT, its spans in the Elasticsearch
# on ELASTICSEARCH_PORT (one shard, no replica: a single node), else in memory. The listener's address,
# port and protocol are only taken together; without all three it binds a random port.
zipkin_start() {
  local instance=$1 port=$2 elasticsearch=${3:-} jar
  zipkin_ready "$port" && return 0
  jar=$(maven_artifact zipkin "io.zipkin:zipkin-server:$ZIPKIN_VERSION:jar:exec")
  mkdir -p "$STATE/$instance"
  local storage=(STORAGE_TYPE=mem)
  [ -z "$elasticsearch" ] ||
    storage=(STORAGE_TYPE=elasticsearch "ES_HOSTS=http://localhost:$elasticsearch" ES_INDEX_SHARDS=1 ES_INDEX_REPLICAS=0)
  env "${storage[@]}" setsid nohup java -Xms32m -Xmx256m -XX:+UseSerialGC -jar "$jar" \
    "--armeria.ports[0].ip=$BIND_ADDRESS" "--armeria.ports[0].port=$port" "--armeria.ports[0].protocols[0]=http" \
    >>"$STATE/logs/$instance.log" 2>&1 < /dev/null &
  echo $! > "$STATE/$instance/zipkin.pid"
  wait_for "$instance (/health)" 90 zipkin_ready "$port"
}

zipkin_stop() { stop_pid_file "$STATE/$1/zipkin.pid" 20; }

part_zipkin_up() {
  if zipkin_ready "$ZIPKIN_PORT"; then say "zipkin: already up at $ZIPKIN_URL"; return; fi
  part_elasticsearch_status || fail "zipkin keeps its spans in elasticsearch: run ops/stack up elasticsearch"
  zipkin_start zipkin "$ZIPKIN_PORT" "$ELASTICSEARCH_PORT"
  mark_started zipkin
  say "zipkin: up at $ZIPKIN_URL"
}

part_zipkin_down() {
  started_here zipkin || return 0
  zipkin_stop zipkin
  forget_started zipkin
  say "zipkin: stopped"
}

part_zipkin_status() { zipkin_ready "$ZIPKIN_PORT"; }
