#!/usr/bin/env bash
# Stops what deploy/cluster/start.sh DIR started: nginx, the instances, the log service, Redis (the processes named in
# DIR/pids, each waited for), then PostgreSQL. The data stays in DIR; start.sh DIR starts on it again.
set -uo pipefail
DIR=$(realpath -m "${1:?usage: deploy/cluster/stop.sh DIR}")
for name in nginx instance-0 instance-1 instance-2 ledger redis; do
  f="$DIR/pids/$name.pid"
  [ -f "$f" ] || continue
  pid=$(cat "$f")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$f"
done
if [ -f "$DIR/postgres/PG_VERSION" ]; then
  BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
  AS_PG=(runuser -u postgres --); [ "$(id -u)" -ne 0 ] && AS_PG=()
  "${AS_PG[@]}" "$BIN/pg_ctl" -D "$DIR/postgres" stop -m fast >/dev/null 2>&1 || true
fi
echo "cluster in $DIR stopped"
