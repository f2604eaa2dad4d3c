# shellcheck shell=bash
# The log intake on LOG_INTAKE_PORT: Debian's rsyslog (installed when root) running only
# observability/rsyslog/ostock-log-intake.conf, which takes the services' JSON lines over TCP and
# indexes them into Elasticsearch's logs-ostock-default data stream (Logstash does the same in
# docker-compose). It runs as the unprivileged user nobody when started by root. Sourced, not run.

rsyslog_ready() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# rsyslog_start INSTANCE PORT ELASTICSEARCH_PORT
rsyslog_start() {
  local instance=$1 port=$2 elasticsearch=$3 home="$STATE/$1"
  rsyslog_ready "$port" && return 0
  if [ ! -x /usr/sbin/rsyslogd ] || [ ! -f /usr/lib/x86_64-linux-gnu/rsyslog/omelasticsearch.so ]; then
    apt_install rsyslog rsyslog-elasticsearch
  fi
  mkdir -p "$home"
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$home"
  # The configuration reads these with `echo $NAME`.
  LOG_INTAKE_PORT=$port LOG_INTAKE_BIND_ADDRESS=$BIND_ADDRESS LOG_INTAKE_WORK_DIRECTORY=$home \
    ELASTICSEARCH_PORT=$elasticsearch start_unprivileged "$home/rsyslog.pid" "$STATE/logs/$instance.log" \
      /usr/sbin/rsyslogd -n -f "$ROOT/observability/rsyslog/ostock-log-intake.conf" -i "$home/rsyslogd.pid"
  wait_for "$instance (port $port)" 20 rsyslog_ready "$port"
}

rsyslog_stop() { stop_pid_file "$STATE/$1/rsyslog.pid" 10; }

part_rsyslog_up() {
  if rsyslog_ready "$LOG_INTAKE_PORT"; then say "rsyslog: a log intake already listens on port $LOG_INTAKE_PORT"; return; fi
  part_elasticsearch_status || fail "rsyslog indexes into elasticsearch: run ops/stack up elasticsearch"
  rsyslog_start rsyslog "$LOG_INTAKE_PORT" "$ELASTICSEARCH_PORT"
  mark_started rsyslog
  say "rsyslog: taking JSON lines on port $LOG_INTAKE_PORT into $ELASTICSEARCH_URL/logs-ostock-default"
}

part_rsyslog_down() {
  started_here rsyslog || return 0
  rsyslog_stop rsyslog
  forget_started rsyslog
  say "rsyslog: stopped"
}

part_rsyslog_status() { rsyslog_ready "$LOG_INTAKE_PORT"; }
