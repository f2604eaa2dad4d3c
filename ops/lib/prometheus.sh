# shellcheck shell=bash
# Prometheus from Debian's package (installed when root, with Alertmanager), run with configuration
# written here from ops/stack.env: it scrapes every part of the native stack and evaluates
# observability/prometheus/rules/ (the same rule files docker-compose's Prometheus loads), sending
# what fires to Alertmanager (lib/alertmanager.sh). It runs as the unprivileged user nobody when
# started by root, with its data under .stack/<instance>. Sourced, not run.

PROMETHEUS_URL="http://localhost:$PROMETHEUS_PORT"

prometheus_ready() { http_ok "http://localhost:$1/-/ready"; }

prometheus_packages() {
  if ! command -v prometheus >/dev/null || ! command -v prometheus-alertmanager >/dev/null; then
    apt_install prometheus prometheus-alertmanager
  fi
}

# prometheus_config ALERTMANAGER_PORT SCRAPE_INTERVAL: the scrape configuration of the native stack's
# services and servers, with targets from the environment: ORGANIZATION_TARGETS and LICENSING_TARGETS
# (host:port lists, comma-separated), and EUREKA_TARGETS, KEYCLOAK_TARGET, ZIPKIN_TARGET when set.
prometheus_config() {
  local alertmanager=$1 interval=$2
  cat <<YAML
# Written by ops/lib/prometheus.sh from ops/stack.env; docker-compose's is observability/prometheus/prometheus.yml.
global:
  scrape_interval: $interval
  evaluation_interval: $interval
rule_files:
  - $ROOT/observability/prometheus/rules/*.yml
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:$alertmanager']
scrape_configs:
  - job_name: ostock-services
    metrics_path: /metrics
    static_configs:
      - targets: [$(yaml_list "$ORGANIZATION_TARGETS")]
        labels: {service: organization-service}
      - targets: [$(yaml_list "$LICENSING_TARGETS")]
        labels: {service: licensing-service}
YAML
  if [ -n "${EUREKA_TARGETS:-}" ]; then cat <<YAML
  - job_name: eureka
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: [$(yaml_list "$EUREKA_TARGETS")]
        labels: {service: eureka-server}
YAML
  fi
  if [ -n "${KEYCLOAK_TARGET:-}" ]; then cat <<YAML
  - job_name: keycloak
    metrics_path: /metrics
    static_configs:
      - targets: ['$KEYCLOAK_TARGET']
        labels: {service: keycloak}
YAML
  fi
  if [ -n "${ZIPKIN_TARGET:-}" ]; then cat <<YAML
  - job_name: zipkin
    metrics_path: /prometheus
    static_configs:
      - targets: ['$ZIPKIN_TARGET']
        labels: {service: zipkin}
YAML
  fi
  cat <<YAML
  - job_name: prometheus
    static_configs:
      - targets: ['127.0.0.1:$PROMETHEUS_SELF_PORT']
        labels: {service: prometheus}
  - job_name: alertmanager
    static_configs:
      - targets: ['127.0.0.1:$alertmanager']
        labels: {service: alertmanager}
YAML
}

yaml_list() { local item out=""; IFS=, read -ra items <<<"$1"; for item in "${items[@]}"; do out+="${out:+, }'$item'"; done; echo "$out"; }

# prometheus_start INSTANCE PORT < prometheus.yml
prometheus_start() {
  local instance=$1 port=$2 home="$STATE/$1"
  prometheus_ready "$port" && { cat >/dev/null; return 0; }
  prometheus_packages
  mkdir -p "$home/data"
  cat > "$home/prometheus.yml"
  promtool check config "$home/prometheus.yml" >/dev/null || fail "$instance: promtool refused $home/prometheus.yml"
  [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$home"
  start_unprivileged "$home/prometheus.pid" "$STATE/logs/$instance.log" prometheus \
    --config.file="$home/prometheus.yml" --storage.tsdb.path="$home/data" --storage.tsdb.retention.time=7d \
    --web.listen-address="$BIND_ADDRESS:$port" --web.enable-lifecycle
  wait_for "$instance (/-/ready)" 30 prometheus_ready "$port"
}

prometheus_stop() { stop_pid_file "$STATE/$1/prometheus.pid" 15; }

part_prometheus_up() {
  if prometheus_ready "$PROMETHEUS_PORT"; then say "prometheus: already up at $PROMETHEUS_URL"; return; fi
  ORGANIZATION_TARGETS="127.0.0.1:$ORGANIZATION_HTTP_PORT,127.0.0.1:$ORGANIZATION_2_HTTP_PORT" \
    LICENSING_TARGETS="127.0.0.1:$LICENSING_HTTP_PORT" \
    EUREKA_TARGETS="127.0.0.1:$EUREKA_PEER1_PORT,127.0.0.1:$EUREKA_PEER2_PORT" \
    KEYCLOAK_TARGET="127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT" ZIPKIN_TARGET="127.0.0.1:$ZIPKIN_PORT" \
    PROMETHEUS_SELF_PORT=$PROMETHEUS_PORT prometheus_config "$ALERTMANAGER_PORT" 15s |
    prometheus_start prometheus "$PROMETHEUS_PORT"
  mark_started prometheus
  say "prometheus: up at $PROMETHEUS_URL"
}

part_prometheus_down() {
  started_here prometheus || return 0
  prometheus_stop prometheus
  forget_started prometheus
  say "prometheus: stopped"
}

part_prometheus_status() { prometheus_ready "$PROMETHEUS_PORT"; }
