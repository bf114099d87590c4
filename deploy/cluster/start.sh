#!/usr/bin/env bash
# Several platform instances on one machine (issue 17 §2): PostgreSQL, Redis (SignalR backplane and video rooms), the log
# service (rto ledger serve) and three platform instances behind nginx, sticky by the session cookie.
# A local topology for trying the cluster: the instances run in Development (test PKI, stand-ins, log token over h2c).
# Usage: deploy/cluster/start.sh DIR [PROXY_PORT]        stop: deploy/cluster/stop.sh DIR
#   PROXY_PORT (default 8080); instances on PROXY_PORT+1..+3, PostgreSQL on +10, the log service on +20, Redis on +30.
#   RTO_SKIP_BUILD=1 uses the Release builds already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$(realpath -m "${1:?usage: deploy/cluster/start.sh DIR [PROXY_PORT]}")
PROXY_PORT=${2:-8080}
PG_PORT=$((PROXY_PORT + 10)); LOG_PORT=$((PROXY_PORT + 20)); REDIS_PORT=$((PROXY_PORT + 30)); FIRST=$((PROXY_PORT + 1))
mkdir -p "$DIR/pids" "$DIR/logs"
secret() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }
[ -f "$DIR/log-token" ] || secret > "$DIR/log-token"
[ -f "$DIR/redis-password" ] || secret > "$DIR/redis-password"
chmod 600 "$DIR/log-token" "$DIR/redis-password"
TOKEN=$(cat "$DIR/log-token"); REDIS_PASSWORD=$(cat "$DIR/redis-password")

# Debian packages this topology needs beyond scripts/install-deps.sh (which installs postgresql and redis-server).
missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
# The browser bundle (wwwroot/js, wwwroot/css) comes from scripts/install-deps.sh (npm ci + esbuild).
[ -d src/Platform/wwwroot/js ] || bash scripts/install-deps.sh
if [ "${RTO_SKIP_BUILD:-0}" != 1 ]; then
  dotnet build src/Cli -c Release -v q -nologo >/dev/null
  dotnet build src/Platform -c Release -v q -nologo >/dev/null
fi
RTO=(dotnet src/Cli/bin/Release/net10.0/rto.dll)
PLATFORM=$PWD/src/Platform/bin/Release/net10.0/RentToOwn.Platform.dll

# 1. PostgreSQL: one database for every instance (Quartz clustered on it).
CS=$(bash deploy/postgres/start-local.sh "$DIR/postgres" "$PG_PORT")

# 2. Redis on 127.0.0.1 with a password, no persistence (rooms and the backplane are live state only).
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --requirepass "$REDIS_PASSWORD" --save "" --appendonly no \
  --dir "$DIR" --daemonize yes --pidfile "$DIR/pids/redis.pid" --logfile "$DIR/logs/redis.log"
for _ in $(seq 1 100); do
  [ "$(redis-cli -p "$REDIS_PORT" --no-auth-warning -a "$REDIS_PASSWORD" ping 2>/dev/null)" = PONG ] && break; sleep 0.1
done
[ "$(redis-cli -p "$REDIS_PORT" --no-auth-warning -a "$REDIS_PASSWORD" ping 2>/dev/null)" = PONG ] || { echo "Redis did not answer: $DIR/logs/redis.log"; exit 1; }

# 3. The log service; the instances trust its public keys and share its deployment secret.
DOTNET_ENVIRONMENT=Development RTO_LEDGER_TOKEN=$TOKEN nohup "${RTO[@]}" ledger serve --dir "$DIR/log" --host 127.0.0.1 --port "$LOG_PORT" \
  > "$DIR/logs/ledger.out" 2> "$DIR/logs/ledger.err" &
echo $! > "$DIR/pids/ledger.pid"
for _ in $(seq 1 300); do grep -q address "$DIR/logs/ledger.out" 2>/dev/null && break; sleep 0.2; done
grep -q address "$DIR/logs/ledger.out" || { echo "the log service did not start: $DIR/logs/ledger.err"; exit 1; }
mkdir -p "$DIR/ledger-trust"
cp "$DIR/log/log.pub" "$DIR/log/witness.pub" "$DIR/log/deployment.secret" "$DIR/ledger-trust/"

# 4. Three instances, one after another (the first migrates the database and creates the test PKI). The cadastre is one
#    for all: the first instance's embedded simulator (the stand-in), which the others reach over gRPC (Kadastr:Endpoint).
KADASTR=()
for i in 0 1 2; do
  port=$((FIRST + i))
  # Content root src/Platform (appsettings.json, wwwroot); exec keeps the pid the one written below.
  (cd src/Platform && exec env "${KADASTR[@]}" ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    RentToOwn__DataDirectory="$DIR/instance-$i" Eds__PkiDirectory="$DIR/pki" \
    Database__Provider=PostgreSql ConnectionStrings__Platform="$CS" Scheduling__Clustered=true \
    Cluster__Redis="127.0.0.1:$REDIS_PORT,password=$REDIS_PASSWORD" Cluster__DataProtectionKeysDirectory="$DIR/keys" \
    Ledger__Endpoint="http://127.0.0.1:$LOG_PORT" Ledger__Token="$TOKEN" Ledger__Directory="$DIR/ledger-trust" \
    ReverseProxy__KnownProxies__0=127.0.0.1 Sms__PortalUrl="http://127.0.0.1:$PROXY_PORT" \
    dotnet "$PLATFORM") > "$DIR/logs/instance-$i.log" 2>&1 < /dev/null &
  echo $! > "$DIR/pids/instance-$i.pid"
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "instance $i did not start: $DIR/logs/instance-$i.log"; exit 1; }
  if [ "$i" = 0 ]; then
    sim=$(grep -o 'Embedded cadastre simulator listening on http://[0-9.:]*' "$DIR/logs/instance-0.log" | head -1 | awk '{print $NF}')
    [ -n "$sim" ] || { echo "instance 0 did not report its cadastre simulator: $DIR/logs/instance-0.log"; exit 1; }
    KADASTR=(Kadastr__Endpoint="$sim")
  fi
done

# 5. nginx in front: WebSockets for SignalR; sticky by the session cookie (a SignalR negotiate and its connection reach
#    one instance; everything else would work on any instance).
mkdir -p "$DIR/nginx-tmp"
cat > "$DIR/nginx.conf" <<CONF
pid $DIR/pids/nginx.pid;
error_log $DIR/logs/nginx-error.log;
daemon on;
events {}
http {
  access_log $DIR/logs/nginx-access.log;
  client_body_temp_path $DIR/nginx-tmp/body;
  proxy_temp_path $DIR/nginx-tmp/proxy;
  fastcgi_temp_path $DIR/nginx-tmp/fastcgi;
  uwsgi_temp_path $DIR/nginx-tmp/uwsgi;
  scgi_temp_path $DIR/nginx-tmp/scgi;
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
      proxy_read_timeout 300s;
    }
  }
}
CONF
"$NGINX" -c "$DIR/nginx.conf" -p "$DIR" -e "$DIR/logs/nginx-error.log"
echo "cluster up: http://127.0.0.1:$PROXY_PORT  (instances 127.0.0.1:$FIRST-$((FIRST + 2)), log service $LOG_PORT, PostgreSQL $PG_PORT, Redis $REDIS_PORT; logs in $DIR/logs; stop: deploy/cluster/stop.sh $DIR)"
