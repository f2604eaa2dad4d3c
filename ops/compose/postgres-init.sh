#!/usr/bin/env bash
# docker-compose's PostgreSQL, on its first start (docker-entrypoint-initdb.d): one role and one
# database per service and for Keycloak, with the names and passwords of ops/stack.env (the compose
# file passes them), as ops/stack's ensure_database makes them natively.
set -euo pipefail

create() {
  local db=$1 user=$2 password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$db" -v user="$user" -v password="$password" <<'SQL'
create role :"user" login password :'password';
create database :"db" owner :"user";
SQL
}

create "$ORGANIZATION_DB_NAME" "$ORGANIZATION_DB_USER" "$ORGANIZATION_DB_PASSWORD"
create "$LICENSING_DB_NAME" "$LICENSING_DB_USER" "$LICENSING_DB_PASSWORD"
create "$KEYCLOAK_DB_NAME" "$KEYCLOAK_DB_USER" "$KEYCLOAK_DB_PASSWORD"
