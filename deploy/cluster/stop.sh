#!/usr/bin/env bash
# Stops what deploy/cluster/start.sh DIR started (the processes named in DIR/pids, then PostgreSQL).
set -uo pipefail
DIR=$(realpath -m "${1:?usage: deploy/cluster/stop.sh DIR}")
for f in "$DIR"/pids/*.pid; do
  [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null && rm -f "$f"
done
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
AS_PG=(runuser -u postgres --); [ "$(id -u)" -ne 0 ] && AS_PG=()
"${AS_PG[@]}" "$BIN/pg_ctl" -D "$DIR/postgres" stop -m fast >/dev/null 2>&1 || true
echo "cluster in $DIR stopped"
