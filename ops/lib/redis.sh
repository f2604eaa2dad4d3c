# shellcheck shell=bash
# Redis: the machine's server on REDIS_PORT when it answers, else one started here; and the tests'
# private one on IT_REDIS_PORT (with its own password), which fault tests stop. Sourced, not run.

# The password of the Redis on PORT: the tests' private one has its own, the shared one REDIS_PASSWORD
# (empty natively: the machine's Redis has none; docker-compose sets one).
redis_password_for() { if [ "$1" = "$IT_REDIS_PORT" ]; then echo "$IT_REDIS_PASSWORD"; else echo "$REDIS_PASSWORD"; fi; }

# redis_cli PORT ARGS...: redis-cli with the port's password, if it has one (from the environment, not argv).
redis_cli() {
  local port=$1 password; shift
  password=$(redis_password_for "$port")
  if [ -n "$password" ]; then
    REDISCLI_AUTH=$password redis-cli --no-auth-warning -h "$REDIS_HOST" -p "$port" "$@"
  else
    redis-cli -h "$REDIS_HOST" -p "$port" "$@"
  fi
}

# Answers PING with its password; a server that should have a password but takes commands without
# one (an older run's) does not count.
# redis_answers PORT
redis_answers() {
  [ "$(redis_cli "$1" ping 2>/dev/null)" = PONG ] || return 1
  [ -z "$(redis_password_for "$1")" ] || [ "$(redis-cli -h "$REDIS_HOST" -p "$1" ping 2>/dev/null)" != PONG ]
}

# start_redis NAME PORT
start_redis() {
  local name=$1 port=$2 password
  command -v redis-server >/dev/null || apt_install redis-server
  mkdir -p "$STATE/$name"
  # A server from an older run without its password: replaced.
  [ "$(redis-cli -h "$REDIS_HOST" -p "$port" ping 2>/dev/null)" != PONG ] || stop_redis "$name" "$port"
  password=$(redis_password_for "$port")
  # The password goes in a file only this user reads, not on the command line.
  if [ -n "$password" ]; then
    (umask 077 && printf 'requirepass "%s"\n' "$password" > "$STATE/$name/redis.conf")
  else
    : > "$STATE/$name/redis.conf"
  fi
  redis-server "$STATE/$name/redis.conf" --daemonize yes --bind "$REDIS_HOST" --port "$port" --dir "$STATE/$name" \
    --pidfile "$STATE/$name/redis.pid" --logfile "$STATE/logs/$name.log" --save "" --appendonly no >/dev/null
  wait_for "$name" 15 redis_answers "$port"
}

# stop_redis NAME PORT
stop_redis() {
  local port=$2
  redis_cli "$port" shutdown nosave >/dev/null 2>&1 || redis-cli -h "$REDIS_HOST" -p "$port" shutdown nosave >/dev/null 2>&1 || true
  local deadline=$((SECONDS + 10))
  while [ "$(redis_cli "$port" ping 2>/dev/null)" = PONG ] && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
}

part_redis_up() {
  if redis_answers "$REDIS_PORT"; then say "redis: reusing the server on $REDIS_HOST:$REDIS_PORT"; return; fi
  start_redis redis "$REDIS_PORT"
  mark_started redis
  say "redis: started on $REDIS_HOST:$REDIS_PORT"
}

part_redis_down() {
  started_here redis || return 0
  stop_redis redis "$REDIS_PORT"
  forget_started redis
  say "redis: stopped"
}

part_redis_status() { redis_answers "$REDIS_PORT"; }
