#!/usr/bin/env bash
# Several platform instances on one machine (issue 17 §2): PostgreSQL, Redis (SignalR backplane and video rooms),
# the log service (rto ledger serve) and three platform instances behind nginx, sticky by the session cookie.
# Local topology for trying the cluster: instances run in Development (test PKI, stand-ins, token over h2c).
# Usage: deploy/cluster/start.sh DIR [PROXY_PORT]   (stop: deploy/cluster/stop.sh DIR)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$(realpath -m "${1:?usage: deploy/cluster/start.sh DIR [PROXY_PORT]}")
PROXY_PORT=${2:-8080}
PG_PORT=$((PROXY_PORT + 10)); LOG_PORT=$((PROXY_PORT + 20)); FIRST=$((PROXY_PORT + 1))
TOKEN=${RTO_LEDGER_TOKEN:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}
mkdir -p "$DIR/pids" "$DIR/logs"

for p in redis-server nginx; do
  command -v "$p" >/dev/null || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get install -y -qq --no-install-recommends "$([ "$p" = nginx ] && echo nginx-light || echo redis-server)" >/dev/null; }
done
dotnet build src/Cli -c Release -v q -nologo >/dev/null
RTO=(dotnet src/Cli/bin/Release/net10.0/rto.dll)
PLATFORM=src/Platform/bin/Release/net10.0/RentToOwn.Platform.dll

# 1. PostgreSQL (one database for every instance; Quartz clustered on it).
CS=$(bash deploy/postgres/start-local.sh "$DIR/postgres" "$PG_PORT")

# 2. Redis on a unix socket (no TCP port).
redis-server --port 0 --unixsocket "$DIR/redis.sock" --unixsocketperm 700 --save "" --appendonly no \
  --daemonize yes --pidfile "$DIR/pids/redis.pid" --logfile "$DIR/logs/redis.log"

# 3. The log service; the instances trust its public keys and share its deployment secret.
DOTNET_ENVIRONMENT=Development RTO_LEDGER_TOKEN=$TOKEN nohup "${RTO[@]}" ledger serve --dir "$DIR/log" --port "$LOG_PORT" \
  > "$DIR/logs/ledger.out" 2> "$DIR/logs/ledger.err" &
echo $! > "$DIR/pids/ledger.pid"
for _ in $(seq 1 100); do grep -q address "$DIR/logs/ledger.out" 2>/dev/null && break; sleep 0.2; done
mkdir -p "$DIR/ledger-trust"
cp "$DIR/log/log.pub" "$DIR/log/witness.pub" "$DIR/log/deployment.secret" "$DIR/ledger-trust/"

# 4. Three instances, one after another (the first migrates the database and creates the test PKI).
for i in 0 1 2; do
  port=$((FIRST + i))
  env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    RentToOwn__DataDirectory="$DIR/instance-$i" Eds__PkiDirectory="$DIR/pki" \
    Database__Provider=PostgreSql ConnectionStrings__Platform="$CS" Scheduling__Clustered=true \
    Cluster__Redis="$DIR/redis.sock" Cluster__DataProtectionKeysDirectory="$DIR/keys" \
    Ledger__Endpoint="http://127.0.0.1:$LOG_PORT" Ledger__Token="$TOKEN" Ledger__Directory="$DIR/ledger-trust" \
    ReverseProxy__KnownProxies=127.0.0.1 Sms__PortalUrl="http://127.0.0.1:$PROXY_PORT" \
    nohup dotnet "$PLATFORM" > "$DIR/logs/instance-$i.log" 2>&1 &
  echo $! > "$DIR/pids/instance-$i.pid"
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "instance $i did not start: $DIR/logs/instance-$i.log"; exit 1; }
done

# 5. nginx in front: WebSockets for SignalR, sticky by the session cookie (negotiate and connect reach one instance).
cat > "$DIR/nginx.conf" <<CONF
pid $DIR/pids/nginx.pid;
error_log $DIR/logs/nginx-error.log;
events {}
http {
  access_log $DIR/logs/nginx-access.log;
  client_body_temp_path $DIR/nginx-tmp;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  map \$http_cookie \$rto_session { default ""; "~\\.RentToOwn\\.Session=(?<s>[^;]+)" \$s; }
  upstream platform {
    hash \$rto_session consistent;
    server 127.0.0.1:$FIRST; server 127.0.0.1:$((FIRST + 1)); server 127.0.0.1:$((FIRST + 2));
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    client_max_body_size 16m;
    location / {
      proxy_pass http://platform;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
mkdir -p "$DIR/nginx-tmp"
nginx -c "$DIR/nginx.conf" -e "$DIR/logs/nginx-error.log"
echo "cluster up: http://127.0.0.1:$PROXY_PORT (instances $FIRST-$((FIRST + 2)), log service $LOG_PORT, PostgreSQL $PG_PORT, Redis $DIR/redis.sock)"
