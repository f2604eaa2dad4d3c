# shellcheck shell=bash
# Keycloak: the server distribution comes from Maven Central (pinned KEYCLOAK_VERSION), is built once
# for PostgreSQL, and each instance (the stack's, the tests') runs from a hard-linked copy of it.
# Sourced, not run.

KEYCLOAK_URL="http://localhost:$KEYCLOAK_HTTP_PORT"
# shellcheck disable=SC2034  # used by ops/fixtures
KEYCLOAK_IT_URL="http://localhost:$KEYCLOAK_IT_HTTP_PORT"

keycloak_dist() {
  local dist="$STATE/keycloak-$KEYCLOAK_VERSION"
  if [ ! -f "$dist/.built" ]; then
    local zip
    zip=$(maven_artifact keycloak "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip")
    rm -rf "$dist" "$STATE/keycloak-unpack" && mkdir -p "$STATE/keycloak-unpack"
    unzip -q "$zip" -d "$STATE/keycloak-unpack" && mv "$STATE/keycloak-unpack/keycloak-$KEYCLOAK_VERSION" "$dist"
    rmdir "$STATE/keycloak-unpack"
    say "keycloak: building the distribution for PostgreSQL (once)" >&2
    "$dist/bin/kc.sh" build --db=postgres --health-enabled=true --metrics-enabled=true \
      >"$STATE/logs/keycloak-build.log" 2>&1 || { tail -n 30 "$STATE/logs/keycloak-build.log" >&2; fail "keycloak: build failed"; }
    touch "$dist/.built"
  fi
  echo "$dist"
}

keycloak_ready() { http_ok "http://localhost:$1/health/ready"; }

# keycloak_start INSTANCE HTTP_PORT MANAGEMENT_PORT DB_NAME [EXTRA OPTIONS...]
keycloak_start() {
  local instance=$1 port=$2 management=$3 db=$4; shift 4
  local dist home="$STATE/$instance"
  dist=$(keycloak_dist)
  if [ ! -d "$home/keycloak" ] || [ "$(cat "$home/keycloak/.version" 2>/dev/null)" != "$KEYCLOAK_VERSION" ]; then
    rm -rf "$home/keycloak" && mkdir -p "$home"
    cp -al "$dist" "$home/keycloak" && echo "$KEYCLOAK_VERSION" > "$home/keycloak/.version"
  fi
  mkdir -p "$home/keycloak/data/import"
  rm -f "$home/keycloak/data/import/"*.json
  cp "$ROOT"/realm-export/*.json "$home/keycloak/data/import/"
  ensure_database "$db" "$KEYCLOAK_DB_USER" "$KEYCLOAK_DB_PASSWORD"
  KC_DB_URL="jdbc:postgresql://$POSTGRES_HOST:$POSTGRES_PORT/$db" KC_DB_USERNAME="$KEYCLOAK_DB_USER" \
    KC_DB_PASSWORD="$KEYCLOAK_DB_PASSWORD" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid nohup "$home/keycloak/bin/kc.sh" start --optimized --import-realm \
      --http-enabled=true --http-host="$BIND_ADDRESS" --http-port="$port" --http-management-port="$management" \
      "$@" >"$STATE/logs/$instance.log" 2>&1 < /dev/null &
  echo $! > "$home/keycloak.pid"
  wait_for "$instance (/health/ready)" 180 keycloak_ready "$management"
}

keycloak_stop() {
  local instance=$1 pid
  pid=$(cat "$STATE/$instance/keycloak.pid" 2>/dev/null) || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 -- "-$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$STATE/$instance/keycloak.pid"
}

part_keycloak_up() {
  if keycloak_ready "$KEYCLOAK_MANAGEMENT_PORT"; then say "keycloak: already up at $KEYCLOAK_URL"; return; fi
  part_postgres_status || fail "keycloak needs postgres: run ops/stack up postgres"
  keycloak_start keycloak "$KEYCLOAK_HTTP_PORT" "$KEYCLOAK_MANAGEMENT_PORT" "$KEYCLOAK_DB_NAME" \
    --hostname="$KEYCLOAK_URL"
  mark_started keycloak
  say "keycloak: up at $KEYCLOAK_URL (realm $KEYCLOAK_REALM)"
}

part_keycloak_down() {
  started_here keycloak || return 0
  keycloak_stop keycloak
  forget_started keycloak
  say "keycloak: stopped"
}

part_keycloak_status() { keycloak_ready "$KEYCLOAK_MANAGEMENT_PORT"; }
