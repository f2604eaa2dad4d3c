# shellcheck shell=bash
# Alertmanager from Debian's package (prometheus-alertmanager, installed with Prometheus): one
# instance, its cluster listener off, sending every alert Prometheus fires to ALERT_WEBHOOK_URL.
# Started by root, it runs as the unprivileged user nobody. Sourced, not run.

ALERTMANAGER_URL="http://localhost:$ALERTMANAGER_PORT"

# alertmanager_config WEBHOOK_URL: docker-compose's configuration (observability/alertmanager/), its
# webhook's URL replaced: every alert to one webhook, grouped per alert name and service.
alertmanager_config() {
  sed "s|http://alert-webhook:9095/alerts|$1|" "$ROOT/observability/alertmanager/alertmanager.yml"
}

# alertmanager_start INSTANCE PORT < alertmanager.yml (its cluster listener off: one instance)
alertmanager_start() {
  local instance=$1 port=$2 home="$STATE/$1"
  prometheus_ready "$port" && { cat >/dev/null; return 0; }
  prometheus_packages
  mkdir -p "$home/data"
  cat > "$home/alertmanager.yml"
  [ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$home"
  start_unprivileged "$home/alertmanager.pid" "$STATE/logs/$instance.log" prometheus-alertmanager \
    --config.file="$home/alertmanager.yml" --storage.path="$home/data" \
    --web.listen-address="$BIND_ADDRESS:$port" --cluster.listen-address=
  wait_for "$instance (/-/ready)" 30 prometheus_ready "$port"
}

alertmanager_stop() { stop_pid_file "$STATE/$1/alertmanager.pid" 15; }

part_alertmanager_up() {
  if prometheus_ready "$ALERTMANAGER_PORT"; then say "alertmanager: already up at $ALERTMANAGER_URL"; return; fi
  alertmanager_config "$ALERT_WEBHOOK_URL" | alertmanager_start alertmanager "$ALERTMANAGER_PORT"
  mark_started alertmanager
  say "alertmanager: up at $ALERTMANAGER_URL (alerts to $ALERT_WEBHOOK_URL)"
}

part_alertmanager_down() {
  started_here alertmanager || return 0
  alertmanager_stop alertmanager
  forget_started alertmanager
  say "alertmanager: stopped"
}

part_alertmanager_status() { prometheus_ready "$ALERTMANAGER_PORT"; }
