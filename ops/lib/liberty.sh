# shellcheck shell=bash
# Liberty services. Each instance runs from a copy of the server that `mvn package` assembled in
# <module>/target/liberty, under .stack/<instance>, so that rebuilding or `mvn clean` does not pull the
# ground from under a running server. Its environment (server.env) is written by the service's
# <service>_env function, the one place that says what a server of that service is given: the native
# stack, the integration-test servers (ops/fixtures it-server-env) and the discovery tests all use it.
# Sourced, not run.

liberty_build() {
  local module=$1
  local build_log="$STATE/logs/build-$module.log"
  say "$module: building (mvn package; log in $build_log)"
  (cd "$ROOT" && mvn -B -pl "$module" -am package -DskipTests >"$build_log" 2>&1) ||
    { tail -n 40 "$build_log" >&2; fail "$module: build failed"; }
  liberty_runtime "$module"
}

# One runtime for every instance, refreshed when the build's runtime changes.
liberty_runtime() {
  local built="$ROOT/$1/target/liberty/wlp"
  [ -d "$built/usr/servers" ] || fail "build $1 first (mvn -pl $1 package)"
  if [ ! -f "$STATE/wlp/lib/versions/openliberty.properties" ] ||
     ! cmp -s "$built/lib/versions/openliberty.properties" "$STATE/wlp/lib/versions/openliberty.properties"; then
    rm -rf "$STATE/wlp" && mkdir -p "$STATE/wlp"
    (cd "$built" && tar --exclude=./usr -cf - .) | (cd "$STATE/wlp" && tar -xf -)
  fi
}

# liberty_instance MODULE SERVER INSTANCE: copies the assembled server; server.env is written by the caller.
liberty_instance() {
  local module=$1 server=$2 instance=$3
  local target="$STATE/$instance/servers/$server"
  mkdir -p "$target"
  rsync -a --delete --exclude=logs --exclude=workarea --exclude=server.env \
    "$ROOT/$module/target/liberty/wlp/usr/servers/$server/" "$target/"
  echo "$target"
}

liberty_cmd() {
  local instance=$1; shift
  WLP_USER_DIR="$STATE/$instance" "$STATE/wlp/bin/server" "$@"
}

liberty_stop() { [ ! -d "$STATE/$1" ] || liberty_cmd "$1" stop "$2" >/dev/null 2>&1 || true; }

# liberty_start MODULE SERVER INSTANCE HTTP_PORT < server.env: starts one instance of a service
# from the server its module assembled, with the given environment (unless it already answers).
liberty_start() {
  local module=$1 server=$2 instance=$3 http=$4
  if http_ok "http://localhost:$http/health/ready"; then cat >/dev/null; return 0; fi
  local dir
  dir=$(liberty_instance "$module" "$server" "$instance")
  cat > "$dir/server.env"
  chmod 600 "$dir/server.env"
  liberty_cmd "$instance" start "$server" >/dev/null || fail "$instance: the server did not start; see $dir/logs"
  wait_for "$instance (/health/ready)" 180 http_ok "http://localhost:$http/health/ready"
}

# The registry password of a service's own Eureka account (EUREKA_<SERVICE>_PASSWORD in ops/stack.env).
eureka_password_of() {
  local variable
  variable="EUREKA_$(echo "${1%-service}" | tr '[:lower:]-' '[:upper:]_')_PASSWORD"
  echo "${!variable}"
}

# What every service's server.env holds: identity, ports, database, Redis, tokens, TLS, the admin
# center, discovery (no Eureka URLs: no discovery) and traces (to SERVER_ZIPKIN_URL when set, else the
# stack's Zipkin), then the caller's EXTRA_SERVER_ENV lines.
# common_server_env SERVICE HTTP HTTPS DB_NAME DB_USER DB_PASSWORD REDIS_PORT KEYCLOAK_BASE [EUREKA_URLS]
common_server_env() {
  local service=$1 http=$2 https=$3 db=$4 db_user=$5 db_password=$6 redis_port=$7 keycloak=$8 eureka=${9:-}
  cat <<ENV
SERVICE_NAME=$service
HTTP_HOST=$BIND_ADDRESS
HTTP_PORT=$http
HTTPS_PORT=$https
DB_HOST=$POSTGRES_HOST
DB_PORT=$POSTGRES_PORT
DB_NAME=$db
DB_USER=$db_user
DB_PASSWORD=$db_password
REDIS_HOST=$REDIS_HOST
REDIS_PORT=$redis_port
REDIS_PASSWORD=$(redis_password_for "$redis_port")
ORGANIZATION_EVENTS_STREAM=$ORGANIZATION_EVENTS_STREAM
JWT_ISSUER=$keycloak/realms/$KEYCLOAK_REALM
JWKS_URL=$keycloak/realms/$KEYCLOAK_REALM/protocol/openid-connect/certs
JWT_AUDIENCE=$JWT_AUDIENCE
KEYSTORE_PASSWORD=$LIBERTY_KEYSTORE_PASSWORD
ADMIN_CENTER_USER=$LIBERTY_ADMIN_USER
ADMIN_CENTER_PASSWORD=$LIBERTY_ADMIN_PASSWORD
EUREKA_URLS=$eureka
EUREKA_PASSWORD=$(eureka_password_of "$service")
ZIPKIN_SPANS_URL=${SERVER_ZIPKIN_URL:-http://localhost:$ZIPKIN_PORT}/api/v2/spans
TRACE_SAMPLE_RATIO=$TRACE_SAMPLE_RATIO
LOG_INTAKE_HOST=127.0.0.1
LOG_INTAKE_PORT=${SERVER_LOG_INTAKE_PORT:-$LOG_INTAKE_PORT}
ENV
  [ -z "${EXTRA_SERVER_ENV:-}" ] || printf '%s\n' "$EXTRA_SERVER_ENV"
}
