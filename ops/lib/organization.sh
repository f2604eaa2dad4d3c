# shellcheck shell=bash
# The Organization service: two instances on one database, both registered in Eureka as
# ORGANIZATION-SERVICE. Sourced, not run.

ORGANIZATION_URL="http://localhost:$ORGANIZATION_HTTP_PORT"
ORGANIZATION_2_URL="http://localhost:$ORGANIZATION_2_HTTP_PORT"

# The environment of an Organization server.
# organization_env HTTP_PORT HTTPS_PORT DB_NAME REDIS_PORT KEYCLOAK_BASE [EUREKA_URLS]
organization_env() {
  common_server_env organization-service "$1" "$2" "$3" "$ORGANIZATION_DB_USER" "$ORGANIZATION_DB_PASSWORD" \
    "$4" "$5" "${6:-}"
}

# organization_instance INSTANCE HTTP_PORT HTTPS_PORT DB_NAME REDIS_PORT KEYCLOAK_BASE [EUREKA_URLS]
organization_instance() {
  local instance=$1; shift
  organization_env "$@" | liberty_start organization-liberty organizationServer "$instance" "$1"
}

part_organization_up() {
  if http_ok "$ORGANIZATION_URL/health/ready" && http_ok "$ORGANIZATION_2_URL/health/ready"; then
    say "organization: already up at $ORGANIZATION_URL and $ORGANIZATION_2_URL"; return
  fi
  part_postgres_status || fail "organization needs postgres: run ops/stack up postgres"
  ensure_database "$ORGANIZATION_DB_NAME" "$ORGANIZATION_DB_USER" "$ORGANIZATION_DB_PASSWORD"
  liberty_build organization-liberty
  organization_instance organization-1 "$ORGANIZATION_HTTP_PORT" "$ORGANIZATION_HTTPS_PORT" "$ORGANIZATION_DB_NAME" \
    "$REDIS_PORT" "$KEYCLOAK_URL" "$EUREKA_URLS"
  organization_instance organization-2 "$ORGANIZATION_2_HTTP_PORT" "$ORGANIZATION_2_HTTPS_PORT" "$ORGANIZATION_DB_NAME" \
    "$REDIS_PORT" "$KEYCLOAK_URL" "$EUREKA_URLS"
  mark_started organization
  say "organization: up at $ORGANIZATION_URL and $ORGANIZATION_2_URL"
  "$ROOT/ops/demo-data" "$ORGANIZATION_URL" || say "organization: demo data not loaded (see above)"
}

part_organization_down() {
  local instance
  for instance in organization-1 organization-2; do
    liberty_stop "$instance" organizationServer
  done
  forget_started organization
  say "organization: stopped"
}

part_organization_status() { http_ok "$ORGANIZATION_URL/health/ready" && http_ok "$ORGANIZATION_2_URL/health/ready"; }

part_organization_log() {
  echo "$STATE/organization-1/servers/organizationServer/logs/organization-service.json.log"
}
