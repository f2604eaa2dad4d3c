# shellcheck shell=bash
# The Licensing service: one instance, finding Organization through Eureka. Sourced, not run.

LICENSING_URL="http://localhost:$LICENSING_HTTP_PORT"

# The environment of a Licensing server: the common one, its event stream and its Keycloak client's secret.
# licensing_env HTTP_PORT HTTPS_PORT DB_NAME REDIS_PORT KEYCLOAK_BASE [EUREKA_URLS]
licensing_env() {
  common_server_env licensing-service "$1" "$2" "$3" "$LICENSING_DB_USER" "$LICENSING_DB_PASSWORD" \
    "$4" "$5" "${6:-}"
  printf 'LICENSE_EVENTS_STREAM=%s\nSERVICE_ACCOUNT_CLIENT_SECRET=%s\n' "$LICENSE_EVENTS_STREAM" "$LICENSING_CLIENT_SECRET"
}

# licensing_instance INSTANCE HTTP_PORT HTTPS_PORT DB_NAME REDIS_PORT KEYCLOAK_BASE [EUREKA_URLS]
licensing_instance() {
  local instance=$1; shift
  licensing_env "$@" | liberty_start licensing-liberty licensingServer "$instance" "$1"
}

part_licensing_up() {
  if http_ok "$LICENSING_URL/health/ready"; then say "licensing: already up at $LICENSING_URL"; return; fi
  part_postgres_status || fail "licensing needs postgres: run ops/stack up postgres"
  ensure_database "$LICENSING_DB_NAME" "$LICENSING_DB_USER" "$LICENSING_DB_PASSWORD"
  liberty_build licensing-liberty
  licensing_instance licensing-1 "$LICENSING_HTTP_PORT" "$LICENSING_HTTPS_PORT" "$LICENSING_DB_NAME" "$REDIS_PORT" \
    "$KEYCLOAK_URL" "$EUREKA_URLS"
  mark_started licensing
  say "licensing: up at $LICENSING_URL"
}

part_licensing_down() {
  [ -d "$STATE/licensing-1" ] || return 0
  liberty_stop licensing-1 licensingServer
  forget_started licensing
  say "licensing: stopped"
}

part_licensing_status() { http_ok "$LICENSING_URL/health/ready"; }

part_licensing_log() {
  echo "$STATE/licensing-1/servers/licensingServer/logs/licensing-service.json.log"
}
