# shellcheck shell=bash
# Elasticsearch, where logs (the logs-ostock-default data stream) and Zipkin's spans are kept: the
# integration-test distribution from Maven Central (pinned ELASTICSEARCH_VERSION), one node, security
# off, listening on BIND_ADDRESS only. Elasticsearch refuses to run as root: run by root, it runs as
# the unprivileged user nobody. Each instance (the stack's, the tests') has its own data under
# .stack/<instance>. Sourced, not run.

ELASTICSEARCH_URL="http://localhost:$ELASTICSEARCH_PORT"

elasticsearch_ready() { http_ok "http://localhost:$1/_cluster/health?wait_for_status=yellow&timeout=1s"; }

# The JDK Elasticsearch runs on: the one `java` is (the distribution brings none).
elasticsearch_java_home() { dirname "$(dirname "$(readlink -f "$(command -v java)")")"; }

# The distribution, unpacked once, with the plugin that answers GET / (observability/elasticsearch/
# root-endpoint-plugin: the integration-test distribution has no rest-root module, and Zipkin reads the
# version there) compiled against it.
elasticsearch_dist() {
  local dist="$STATE/elasticsearch-$ELASTICSEARCH_VERSION"
  if [ ! -f "$dist/.built" ]; then
    local zip source="$ROOT/observability/elasticsearch/root-endpoint-plugin"
    zip=$(maven_artifact elasticsearch "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ELASTICSEARCH_VERSION:zip")
    rm -rf "$dist" "$STATE/elasticsearch-unpack" && mkdir -p "$STATE/elasticsearch-unpack"
    unzip -q "$zip" -d "$STATE/elasticsearch-unpack"
    mv "$STATE/elasticsearch-unpack/elasticsearch-$ELASTICSEARCH_VERSION" "$dist" && rmdir "$STATE/elasticsearch-unpack"
    local plugin="$dist/plugins/ostock-root-endpoint" classes="$STATE/elasticsearch-plugin-classes"
    rm -rf "$classes" && mkdir -p "$plugin" "$classes"
    javac -nowarn --release 17 -cp "$dist/lib/*" -d "$classes" "$source/RootEndpointPlugin.java" ||
      fail "elasticsearch: the root-endpoint plugin did not compile"
    jar cf "$plugin/ostock-root-endpoint.jar" -C "$classes" . && rm -rf "$classes"
    sed "s/@ES_VERSION@/$ELASTICSEARCH_VERSION/" "$source/plugin-descriptor.properties" > "$plugin/plugin-descriptor.properties"
    touch "$dist/.built"
  fi
  echo "$dist"
}

# elasticsearch_start INSTANCE HTTP_PORT TRANSPORT_PORT: one node; returns when the cluster is yellow.
elasticsearch_start() {
  local instance=$1 port=$2 transport=$3 dist home="$STATE/$1"
  elasticsearch_ready "$port" && return 0
  dist=$(elasticsearch_dist)
  mkdir -p "$home/data" "$home/logs"
  rm -rf "$home/config" && cp -r "$dist/config" "$home/config"
  [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$home"
  # -d: the launcher returns once the node has started; the node writes its pid to the file.
  ES_JAVA_HOME=$(elasticsearch_java_home) ES_PATH_CONF="$home/config" ES_JAVA_OPTS="-Xms256m -Xmx512m" \
    as_unprivileged_user "$dist/bin/elasticsearch" -d -p "$home/elasticsearch.pid" \
      -E cluster.name=ostock -E node.name="$instance" -E discovery.type=single-node \
      -E network.host="$BIND_ADDRESS" -E http.port="$port" -E transport.port="$transport" \
      -E path.data="$home/data" -E path.logs="$home/logs" -E xpack.security.enabled=false \
      >>"$STATE/logs/$instance.log" 2>&1 < /dev/null ||
    { tail -n 20 "$STATE/logs/$instance.log" >&2; fail "$instance: did not start (see $home/logs)"; }
  wait_for "$instance (/_cluster/health)" 120 elasticsearch_ready "$port"
  elasticsearch_install_templates "http://localhost:$port"
}

elasticsearch_stop() { stop_pid_file "$STATE/$1/elasticsearch.pid" 30; }

# The logs-ostock-* index template (mappings, lifecycle) that every log line is indexed with; the
# compose init job installs the same file.
elasticsearch_install_templates() {
  curl -fsS -o /dev/null -X PUT "$1/_index_template/logs-ostock" -H 'Content-Type: application/json' \
    --data-binary "@$ROOT/observability/elasticsearch/logs-ostock-index-template.json" ||
    fail "elasticsearch: the logs-ostock index template was refused"
}

part_elasticsearch_up() {
  if elasticsearch_ready "$ELASTICSEARCH_PORT"; then
    elasticsearch_install_templates "$ELASTICSEARCH_URL"
    say "elasticsearch: already up at $ELASTICSEARCH_URL"; return
  fi
  elasticsearch_start elasticsearch "$ELASTICSEARCH_PORT" "$ELASTICSEARCH_TRANSPORT_PORT"
  mark_started elasticsearch
  say "elasticsearch: up at $ELASTICSEARCH_URL"
}

part_elasticsearch_down() {
  started_here elasticsearch || return 0
  elasticsearch_stop elasticsearch
  forget_started elasticsearch
  say "elasticsearch: stopped"
}

part_elasticsearch_status() { elasticsearch_ready "$ELASTICSEARCH_PORT"; }

part_elasticsearch_log() { echo "$STATE/elasticsearch/logs/ostock.log"; }
