#!/usr/bin/env bash
# Starts a local PostgreSQL 15 for the production-like setup and creates the platform's database.
# Usage: deploy/postgres/start-local.sh [DATA_DIR] [PORT]
# Prints the connection string to put in ConnectionStrings__Platform.
set -euo pipefail
DATA_DIR=${1:-/var/lib/renttoown/postgres}
PORT=${2:-5432}
DB=renttoown
DB_USER=renttoown
DB_PASSWORD=${RTO_DB_PASSWORD:-renttoown-local}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
AS_PG=(runuser -u postgres --)
[ "$(id -u)" -ne 0 ] && AS_PG=()

mkdir -p "$DATA_DIR"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DATA_DIR"
if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
  "${AS_PG[@]}" "$BIN/initdb" -D "$DATA_DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi
if ! "${AS_PG[@]}" "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
  "${AS_PG[@]}" "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w \
    -o "-p $PORT -k $DATA_DIR -c listen_addresses=127.0.0.1" start >/dev/null
fi
PSQL=("${AS_PG[@]}" "$BIN/psql" -h "$DATA_DIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
"${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'" | grep -q 1 ||
  "${PSQL[@]}" -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
"${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 ||
  "${PSQL[@]}" -c "CREATE DATABASE $DB OWNER $DB_USER"
echo "Host=127.0.0.1;Port=$PORT;Database=$DB;Username=$DB_USER;Password=$DB_PASSWORD"
