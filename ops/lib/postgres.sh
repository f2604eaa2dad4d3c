# shellcheck shell=bash
# PostgreSQL: the machine's server when one answers on POSTGRES_HOST:POSTGRES_PORT, else one of
# Debian's (installed when root) with its data in .stack/postgres. Sourced, not run.

as_postgres_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local found
  found=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && echo "$found"
}

psql_admin() {
  psql -h "$POSTGRES_HOST" -p "$POSTGRES_PORT" -U "$POSTGRES_ADMIN_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

postgres_answers() { pg_isready -q -h "$POSTGRES_HOST" -p "$POSTGRES_PORT"; }

part_postgres_up() {
  if postgres_answers; then say "postgres: reusing the server on $POSTGRES_HOST:$POSTGRES_PORT"; return; fi
  [ -n "$(pg_bin)" ] || apt_install postgresql
  local bin data="$STATE/postgres"
  bin=$(pg_bin)
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    as_postgres_user "$bin/initdb" -D "$data" -U "$POSTGRES_ADMIN_USER" --auth=trust >/dev/null
  fi
  [ "$(id -u)" = 0 ] && chown postgres "$STATE/logs" && touch "$STATE/logs/postgres.log" && chown postgres "$STATE/logs/postgres.log"
  as_postgres_user "$bin/pg_ctl" -D "$data" -l "$STATE/logs/postgres.log" -w \
    -o "-p $POSTGRES_PORT -c listen_addresses=$POSTGRES_HOST -k /tmp" start >/dev/null
  mark_started postgres
  wait_for postgres 30 postgres_answers
  say "postgres: started on $POSTGRES_HOST:$POSTGRES_PORT (data in $data)"
}

part_postgres_down() {
  started_here postgres || return 0
  as_postgres_user "$(pg_bin)/pg_ctl" -D "$STATE/postgres" -m fast stop >/dev/null || true
  forget_started postgres
  say "postgres: stopped"
}

part_postgres_status() { postgres_answers; }

# Creates a login role and a database it owns, unless they exist.
ensure_database() {
  local db=$1 user=$2 password=$3
  if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$user'")" != 1 ]; then
    psql_admin -c "create role \"$user\" login password '$password'"
  fi
  if [ "$(psql_admin -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    psql_admin -c "create database \"$db\" owner \"$user\""
    say "postgres: created database $db"
  fi
}
