#!/usr/bin/env bash
# A two-organisation Hyperledger Fabric 2.5 network on 127.0.0.1, without containers:
#   one Raft orderer (TLS, channel participation API), peer0 of KtkMSP and peer0 of GovCorpMSP,
#   channel "rto", chaincode "signing-registry" (contracts/fabric/chaincode, run as a service)
#   whose endorsement policy requires both organisations.
#
#   network.sh up DIR                 generate crypto, start everything, deploy the chaincode
#   network.sh down DIR               stop every process started in DIR
#   network.sh stop-peer DIR ORG      stop one peer (ORG = ktk | govcorp)
#   network.sh start-peer DIR ORG     start it again (same ledger)
#
# Environment: FABRIC_BIN (a folder with peer, orderer, configtxgen, cryptogen, osnadmin; default:
# unpack ../shared/tools/fabric/fabric-2.5.4-linux-amd64.tar.xz next to the repository into DIR),
# FABRIC_PORT_BASE (default: a free block of 40 ports), FABRIC_BATCH_TIMEOUT (default 100ms),
# FABRIC_OWNER_PID (a process whose end runs "down DIR": test hosts pass their pid so a killed run leaves nothing).
# Writes DIR/connection.json (the client profile) and DIR/peer-env.sh (Fabric's peer CLI as KTK's admin).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CHANNEL=rto
CC_NAME=signing-registry
CC_LABEL=signing-registry_1
FABRIC_TARBALL_NAME=fabric-2.5.4-linux-amd64.tar.xz

log() { echo "network.sh: $*" >&2; }
die() { log "$*"; exit 1; }

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() { # port seconds name
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    port_free "$1" || return 0
    sleep 0.1
  done
  die "$3 did not listen on 127.0.0.1:$1 within $2 s (see $DIR/logs)"
}

pick_ports() {
  if [ -n "${FABRIC_PORT_BASE:-}" ]; then BASE=$FABRIC_PORT_BASE; return; fi
  local try p ok
  for try in $(seq 1 50); do
    BASE=$((20000 + (RANDOM % 400) * 100))
    ok=1
    for p in $(seq "$BASE" $((BASE + 39))); do port_free "$p" || { ok=0; break; }; done
    [ $ok = 1 ] && return
  done
  die "no free block of 40 ports found; set FABRIC_PORT_BASE"
}

set_ports() {
  ORDERER_PORT=$((BASE + 0)); ORDERER_ADMIN_PORT=$((BASE + 1)); ORDERER_OPS_PORT=$((BASE + 2))
  KTK_PORT=$((BASE + 10)); KTK_CC_PORT=$((BASE + 11)); KTK_OPS_PORT=$((BASE + 12))
  GOV_PORT=$((BASE + 20)); GOV_CC_PORT=$((BASE + 21)); GOV_OPS_PORT=$((BASE + 22))
  CHAINCODE_PORT=$((BASE + 30))
}

resolve_bin() {
  if [ -n "${FABRIC_BIN:-}" ]; then
    BIN=$(cd "$FABRIC_BIN" && pwd); CONFIG_SRC="$BIN/../config"; return
  fi
  local tarball="$REPO/../shared/tools/fabric/$FABRIC_TARBALL_NAME"
  [ -f "$tarball" ] || die "Fabric binaries not found: set FABRIC_BIN or put $FABRIC_TARBALL_NAME in ../shared/tools/fabric next to the repository"
  mkdir -p "$DIR/fabric"
  tar -xJf "$tarball" -C "$DIR/fabric"
  BIN="$DIR/fabric/fabric-2.5.4/bin"; CONFIG_SRC="$DIR/fabric/fabric-2.5.4/config"
}

org_var() { # ktk|govcorp -> sets ORG_MSP ORG_DOMAIN ORG_PORT ORG_CC_PORT ORG_OPS_PORT
  case "$1" in
    ktk) ORG_MSP=KtkMSP; ORG_DOMAIN=ktk.rto.kz; ORG_PORT=$KTK_PORT; ORG_CC_PORT=$KTK_CC_PORT; ORG_OPS_PORT=$KTK_OPS_PORT ;;
    govcorp) ORG_MSP=GovCorpMSP; ORG_DOMAIN=govcorp.rto.kz; ORG_PORT=$GOV_PORT; ORG_CC_PORT=$GOV_CC_PORT; ORG_OPS_PORT=$GOV_OPS_PORT ;;
    *) die "unknown organisation '$1' (ktk | govcorp)" ;;
  esac
}

start_bg() { # name command... : runs in its own session, pid in DIR/pids/name.pid
  local name=$1; shift
  setsid "$@" >"$DIR/logs/$name.log" 2>&1 < /dev/null &
  echo $! >"$DIR/pids/$name.pid"
}

stop_pid() { # name
  local f="$DIR/pids/$1.pid" pid i
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  [ "$pid" = "$$" ] && { rm -f "$f"; return 0; } # the watchdog running this very "down"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

start_peer() { # ktk|govcorp
  org_var "$1"
  local p="$DIR/crypto/peerOrganizations/$ORG_DOMAIN/peers/peer0.$ORG_DOMAIN"
  mkdir -p "$DIR/data/peer0.$ORG_DOMAIN"
  start_bg "peer-$1" env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
    FABRIC_CFG_PATH="$DIR/config" \
    FABRIC_LOGGING_SPEC="${FABRIC_LOGGING_SPEC:-INFO}" \
    CORE_PEER_ID="peer0.$ORG_DOMAIN" \
    CORE_PEER_ADDRESS="127.0.0.1:$ORG_PORT" \
    CORE_PEER_LISTENADDRESS="127.0.0.1:$ORG_PORT" \
    CORE_PEER_CHAINCODEADDRESS="127.0.0.1:$ORG_CC_PORT" \
    CORE_PEER_CHAINCODELISTENADDRESS="127.0.0.1:$ORG_CC_PORT" \
    CORE_PEER_GOSSIP_BOOTSTRAP="127.0.0.1:$ORG_PORT" \
    CORE_PEER_GOSSIP_EXTERNALENDPOINT="127.0.0.1:$ORG_PORT" \
    CORE_PEER_LOCALMSPID="$ORG_MSP" \
    CORE_PEER_MSPCONFIGPATH="$p/msp" \
    CORE_PEER_TLS_ENABLED=true \
    CORE_PEER_TLS_CERT_FILE="$p/tls/server.crt" \
    CORE_PEER_TLS_KEY_FILE="$p/tls/server.key" \
    CORE_PEER_TLS_ROOTCERT_FILE="$DIR/tls-roots.pem" \
    CORE_PEER_FILESYSTEMPATH="$DIR/data/peer0.$ORG_DOMAIN" \
    CORE_LEDGER_SNAPSHOTS_ROOTDIR="$DIR/data/peer0.$ORG_DOMAIN/snapshots" \
    CORE_OPERATIONS_LISTENADDRESS="127.0.0.1:$ORG_OPS_PORT" \
    CORE_METRICS_PROVIDER=disabled \
    CORE_VM_ENDPOINT= \
    CORE_CHAINCODE_EXECUTETIMEOUT=30s \
    "$BIN/peer" node start
  wait_port "$ORG_PORT" 60 "peer0.$ORG_DOMAIN"
}

as_admin() { # ktk|govcorp : exports the peer CLI environment of that org's admin
  org_var "$1"
  export FABRIC_CFG_PATH="$DIR/config" CORE_PEER_TLS_ENABLED=true CORE_PEER_LOCALMSPID="$ORG_MSP"
  export CORE_PEER_CLIENT_CONNTIMEOUT=30s # the CLI's 3 s default is short on a loaded machine
  export CORE_PEER_MSPCONFIGPATH="$DIR/crypto/peerOrganizations/$ORG_DOMAIN/users/Admin@$ORG_DOMAIN/msp"
  export CORE_PEER_ADDRESS="127.0.0.1:$ORG_PORT"
  export CORE_PEER_TLS_ROOTCERT_FILE="$DIR/crypto/peerOrganizations/$ORG_DOMAIN/peers/peer0.$ORG_DOMAIN/tls/ca.crt"
}

write_configs() {
  mkdir -p "$DIR/config"
  cp "$CONFIG_SRC/orderer.yaml" "$DIR/config/orderer.yaml"
  # Our CCaaS builder (deploy/fabric/ccaas-builder) goes to DIR/builders/ccaas/bin, the layout the peer expects.
  mkdir -p "$DIR/builders/ccaas/bin"
  cp "$HERE/ccaas-builder/detect" "$HERE/ccaas-builder/build" "$HERE/ccaas-builder/release" "$DIR/builders/ccaas/bin/"
  chmod +x "$DIR/builders/ccaas/bin/"*
  sed -e "s#name: ccaas_builder#name: rto_ccaas#" -e "s#path: /opt/hyperledger/ccaas_builder#path: $DIR/builders/ccaas#" \
    "$CONFIG_SRC/core.yaml" >"$DIR/config/core.yaml"
  grep -q "path: $DIR/builders/ccaas" "$DIR/config/core.yaml" || die "could not set the external builder in core.yaml"

  cat >"$DIR/crypto-config.yaml" <<EOF
OrdererOrgs:
  - Name: Orderer
    Domain: orderer.rto.kz
    EnableNodeOUs: true
    Specs:
      - Hostname: orderer0
        SANS: [localhost, 127.0.0.1]
PeerOrgs:
  - Name: Ktk
    Domain: ktk.rto.kz
    EnableNodeOUs: true
    Template: { Count: 1, SANS: [localhost, 127.0.0.1] }
    Users: { Count: 1 }
  - Name: GovCorp
    Domain: govcorp.rto.kz
    EnableNodeOUs: true
    Template: { Count: 1, SANS: [localhost, 127.0.0.1] }
    Users: { Count: 1 }
EOF

  local o="$DIR/crypto/ordererOrganizations/orderer.rto.kz"
  local k="$DIR/crypto/peerOrganizations/ktk.rto.kz"
  local g="$DIR/crypto/peerOrganizations/govcorp.rto.kz"
  cat >"$DIR/config/configtx.yaml" <<EOF
Organizations:
  - &OrdererOrg
    Name: OrdererMSP
    ID: OrdererMSP
    MSPDir: $o/msp
    Policies:
      Readers: { Type: Signature, Rule: "OR('OrdererMSP.member')" }
      Writers: { Type: Signature, Rule: "OR('OrdererMSP.member')" }
      Admins: { Type: Signature, Rule: "OR('OrdererMSP.admin')" }
    OrdererEndpoints: [127.0.0.1:$ORDERER_PORT]
  - &Ktk
    Name: KtkMSP
    ID: KtkMSP
    MSPDir: $k/msp
    Policies:
      Readers: { Type: Signature, Rule: "OR('KtkMSP.admin', 'KtkMSP.peer', 'KtkMSP.client')" }
      Writers: { Type: Signature, Rule: "OR('KtkMSP.admin', 'KtkMSP.client')" }
      Admins: { Type: Signature, Rule: "OR('KtkMSP.admin')" }
      Endorsement: { Type: Signature, Rule: "OR('KtkMSP.peer')" }
    AnchorPeers: [{ Host: 127.0.0.1, Port: $KTK_PORT }]
  - &GovCorp
    Name: GovCorpMSP
    ID: GovCorpMSP
    MSPDir: $g/msp
    Policies:
      Readers: { Type: Signature, Rule: "OR('GovCorpMSP.admin', 'GovCorpMSP.peer', 'GovCorpMSP.client')" }
      Writers: { Type: Signature, Rule: "OR('GovCorpMSP.admin', 'GovCorpMSP.client')" }
      Admins: { Type: Signature, Rule: "OR('GovCorpMSP.admin')" }
      Endorsement: { Type: Signature, Rule: "OR('GovCorpMSP.peer')" }
    AnchorPeers: [{ Host: 127.0.0.1, Port: $GOV_PORT }]
Capabilities:
  Channel: &ChannelCapabilities { V2_0: true }
  Orderer: &OrdererCapabilities { V2_0: true }
  Application: &ApplicationCapabilities { V2_5: true }
Application: &ApplicationDefaults
  Organizations:
  Policies:
    Readers: { Type: ImplicitMeta, Rule: "ANY Readers" }
    Writers: { Type: ImplicitMeta, Rule: "ANY Writers" }
    Admins: { Type: ImplicitMeta, Rule: "MAJORITY Admins" }
    LifecycleEndorsement: { Type: ImplicitMeta, Rule: "MAJORITY Endorsement" }
    Endorsement: { Type: ImplicitMeta, Rule: "MAJORITY Endorsement" }
  Capabilities: *ApplicationCapabilities
Orderer: &OrdererDefaults
  OrdererType: etcdraft
  BatchTimeout: ${FABRIC_BATCH_TIMEOUT:-100ms}
  BatchSize: { MaxMessageCount: 500, AbsoluteMaxBytes: 10 MB, PreferredMaxBytes: 2 MB }
  EtcdRaft:
    Consenters:
      - Host: 127.0.0.1
        Port: $ORDERER_PORT
        ClientTLSCert: $o/orderers/orderer0.orderer.rto.kz/tls/server.crt
        ServerTLSCert: $o/orderers/orderer0.orderer.rto.kz/tls/server.crt
    Options: { TickInterval: 100ms, ElectionTick: 10, HeartbeatTick: 1, MaxInflightBlocks: 5, SnapshotIntervalSize: 16 MB }
  Organizations:
  Policies:
    Readers: { Type: ImplicitMeta, Rule: "ANY Readers" }
    Writers: { Type: ImplicitMeta, Rule: "ANY Writers" }
    Admins: { Type: ImplicitMeta, Rule: "MAJORITY Admins" }
    BlockValidation: { Type: ImplicitMeta, Rule: "ANY Writers" }
Channel: &ChannelDefaults
  Policies:
    Readers: { Type: ImplicitMeta, Rule: "ANY Readers" }
    Writers: { Type: ImplicitMeta, Rule: "ANY Writers" }
    Admins: { Type: ImplicitMeta, Rule: "MAJORITY Admins" }
  Capabilities: *ChannelCapabilities
Profiles:
  RtoChannel:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations: [*OrdererOrg]
      Capabilities: *OrdererCapabilities
    Application:
      <<: *ApplicationDefaults
      Organizations: [*Ktk, *GovCorp]
      Capabilities: *ApplicationCapabilities
EOF
}

start_orderer() {
  local o="$DIR/crypto/ordererOrganizations/orderer.rto.kz/orderers/orderer0.orderer.rto.kz"
  mkdir -p "$DIR/data/orderer"
  start_bg orderer env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
    FABRIC_CFG_PATH="$DIR/config" \
    FABRIC_LOGGING_SPEC="${FABRIC_LOGGING_SPEC:-INFO}" \
    ORDERER_GENERAL_LISTENADDRESS=127.0.0.1 \
    ORDERER_GENERAL_LISTENPORT="$ORDERER_PORT" \
    ORDERER_GENERAL_LOCALMSPID=OrdererMSP \
    ORDERER_GENERAL_LOCALMSPDIR="$o/msp" \
    ORDERER_GENERAL_BOOTSTRAPMETHOD=none \
    ORDERER_CHANNELPARTICIPATION_ENABLED=true \
    ORDERER_GENERAL_TLS_ENABLED=true \
    ORDERER_GENERAL_TLS_PRIVATEKEY="$o/tls/server.key" \
    ORDERER_GENERAL_TLS_CERTIFICATE="$o/tls/server.crt" \
    ORDERER_GENERAL_TLS_ROOTCAS="[$o/tls/ca.crt]" \
    ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$o/tls/server.crt" \
    ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$o/tls/server.key" \
    ORDERER_GENERAL_CLUSTER_ROOTCAS="[$o/tls/ca.crt]" \
    ORDERER_ADMIN_LISTENADDRESS="127.0.0.1:$ORDERER_ADMIN_PORT" \
    ORDERER_ADMIN_TLS_ENABLED=true \
    ORDERER_ADMIN_TLS_PRIVATEKEY="$o/tls/server.key" \
    ORDERER_ADMIN_TLS_CERTIFICATE="$o/tls/server.crt" \
    ORDERER_ADMIN_TLS_ROOTCAS="[$o/tls/ca.crt]" \
    ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
    ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$o/tls/ca.crt]" \
    ORDERER_OPERATIONS_LISTENADDRESS="127.0.0.1:$ORDERER_OPS_PORT" \
    ORDERER_METRICS_PROVIDER=disabled \
    ORDERER_FILELEDGER_LOCATION="$DIR/data/orderer/ledger" \
    ORDERER_CONSENSUS_WALDIR="$DIR/data/orderer/etcdraft/wal" \
    ORDERER_CONSENSUS_SNAPDIR="$DIR/data/orderer/etcdraft/snapshot" \
    "$BIN/orderer"
  wait_port "$ORDERER_ADMIN_PORT" 60 orderer
  "$BIN/osnadmin" channel join --channelID "$CHANNEL" --config-block "$DIR/channel.block" \
    -o "127.0.0.1:$ORDERER_ADMIN_PORT" --ca-file "$o/tls/ca.crt" \
    --client-cert "$o/tls/server.crt" --client-key "$o/tls/server.key" >"$DIR/logs/osnadmin.log" 2>&1 \
    || die "osnadmin channel join failed: $(cat "$DIR/logs/osnadmin.log")"
}

package_chaincode() {
  local w="$DIR/chaincode-package"
  mkdir -p "$w/src"
  printf '{"address":"127.0.0.1:%s","dial_timeout":"10s","tls_required":false}\n' "$CHAINCODE_PORT" >"$w/src/connection.json"
  printf '{"type":"ccaas","label":"%s"}\n' "$CC_LABEL" >"$w/metadata.json"
  tar -C "$w/src" -czf "$w/code.tar.gz" connection.json
  tar -C "$w" -czf "$DIR/$CC_NAME.tar.gz" metadata.json code.tar.gz
  PACKAGE_ID=$(FABRIC_CFG_PATH="$DIR/config" "$BIN/peer" lifecycle chaincode calculatepackageid "$DIR/$CC_NAME.tar.gz")
}

start_chaincode() {
  local cc="$REPO/contracts/fabric/chaincode"
  [ -x "$cc/node_modules/.bin/fabric-chaincode-node" ] || die "chaincode dependencies missing: run scripts/install-deps.sh"
  (cd "$cc" && start_bg chaincode env CORE_CHAINCODE_LOGGING_LEVEL=warning \
    node node_modules/.bin/fabric-chaincode-node server \
    --chaincode-address="127.0.0.1:$CHAINCODE_PORT" --chaincode-id="$PACKAGE_ID")
  wait_port "$CHAINCODE_PORT" 60 chaincode
}

write_env() {
  cat >"$DIR/network.env" <<EOF
BASE=$BASE
BIN=$BIN
PACKAGE_ID=$PACKAGE_ID
EOF
  local k="crypto/peerOrganizations/ktk.rto.kz"
  local g="crypto/peerOrganizations/govcorp.rto.kz"
  local o="crypto/ordererOrganizations/orderer.rto.kz"
  # Paths are relative to this file's folder.
  cat >"$DIR/connection.json" <<EOF
{
  "name": "rto-fabric",
  "channel": "$CHANNEL",
  "chaincode": "$CC_NAME",
  "contract": "SigningRegistry",
  "organizations": {
    "KtkMSP": {
      "peer": "peer0.ktk.rto.kz",
      "user": { "certFile": "$k/users/User1@ktk.rto.kz/msp/signcerts/User1@ktk.rto.kz-cert.pem", "keyDir": "$k/users/User1@ktk.rto.kz/msp/keystore" },
      "admin": { "certFile": "$k/users/Admin@ktk.rto.kz/msp/signcerts/Admin@ktk.rto.kz-cert.pem", "keyDir": "$k/users/Admin@ktk.rto.kz/msp/keystore" }
    },
    "GovCorpMSP": {
      "peer": "peer0.govcorp.rto.kz",
      "user": { "certFile": "$g/users/User1@govcorp.rto.kz/msp/signcerts/User1@govcorp.rto.kz-cert.pem", "keyDir": "$g/users/User1@govcorp.rto.kz/msp/keystore" },
      "admin": { "certFile": "$g/users/Admin@govcorp.rto.kz/msp/signcerts/Admin@govcorp.rto.kz-cert.pem", "keyDir": "$g/users/Admin@govcorp.rto.kz/msp/keystore" }
    }
  },
  "peers": {
    "peer0.ktk.rto.kz": { "mspId": "KtkMSP", "address": "127.0.0.1:$KTK_PORT", "tlsRootCertFile": "$k/peers/peer0.ktk.rto.kz/tls/ca.crt" },
    "peer0.govcorp.rto.kz": { "mspId": "GovCorpMSP", "address": "127.0.0.1:$GOV_PORT", "tlsRootCertFile": "$g/peers/peer0.govcorp.rto.kz/tls/ca.crt" }
  },
  "orderer": { "address": "127.0.0.1:$ORDERER_PORT", "tlsRootCertFile": "$o/orderers/orderer0.orderer.rto.kz/tls/ca.crt" },
  "client": { "mspId": "KtkMSP", "identity": "user" }
}
EOF
  cat >"$DIR/peer-env.sh" <<EOF
# Source this file to use Fabric's peer CLI as KTK's admin on the network in this folder.
export PATH="$BIN:\$PATH"
export FABRIC_CFG_PATH="$DIR/config"
export CORE_PEER_TLS_ENABLED=true
export CORE_PEER_LOCALMSPID=KtkMSP
export CORE_PEER_MSPCONFIGPATH="$DIR/$k/users/Admin@ktk.rto.kz/msp"
export CORE_PEER_ADDRESS=127.0.0.1:$KTK_PORT
export CORE_PEER_TLS_ROOTCERT_FILE="$DIR/$k/peers/peer0.ktk.rto.kz/tls/ca.crt"
export ORDERER_ADDRESS=127.0.0.1:$ORDERER_PORT
export ORDERER_CA="$DIR/$o/orderers/orderer0.orderer.rto.kz/tls/ca.crt"
export GOVCORP_PEER_ADDRESS=127.0.0.1:$GOV_PORT
export GOVCORP_TLS_ROOTCERT_FILE="$DIR/$g/peers/peer0.govcorp.rto.kz/tls/ca.crt"
export CHANNEL=$CHANNEL
export CHAINCODE=$CC_NAME
EOF
}

deploy_chaincode() {
  local org seq=1 policy="AND('KtkMSP.peer','GovCorpMSP.peer')"
  local oca="$DIR/crypto/ordererOrganizations/orderer.rto.kz/orderers/orderer0.orderer.rto.kz/tls/ca.crt"
  for org in ktk govcorp; do
    (as_admin $org
     "$BIN/peer" lifecycle chaincode install "$DIR/$CC_NAME.tar.gz" >>"$DIR/logs/deploy.log" 2>&1 \
       || die "chaincode install on $org failed (see $DIR/logs/deploy.log)")
  done
  for org in ktk govcorp; do
    (as_admin $org
     "$BIN/peer" lifecycle chaincode approveformyorg -o "127.0.0.1:$ORDERER_PORT" --tls --cafile "$oca" \
       --channelID "$CHANNEL" --name "$CC_NAME" --version 1 --sequence $seq --package-id "$PACKAGE_ID" \
       --signature-policy "$policy" >>"$DIR/logs/deploy.log" 2>&1 \
       || die "approveformyorg for $org failed (see $DIR/logs/deploy.log)")
  done
  (as_admin ktk
   local both=(--peerAddresses "127.0.0.1:$KTK_PORT" --tlsRootCertFiles "$DIR/crypto/peerOrganizations/ktk.rto.kz/peers/peer0.ktk.rto.kz/tls/ca.crt"
               --peerAddresses "127.0.0.1:$GOV_PORT" --tlsRootCertFiles "$DIR/crypto/peerOrganizations/govcorp.rto.kz/peers/peer0.govcorp.rto.kz/tls/ca.crt")
   "$BIN/peer" lifecycle chaincode commit -o "127.0.0.1:$ORDERER_PORT" --tls --cafile "$oca" \
     --channelID "$CHANNEL" --name "$CC_NAME" --version 1 --sequence $seq \
     --signature-policy "$policy" "${both[@]}" >>"$DIR/logs/deploy.log" 2>&1 \
     || die "chaincode commit failed (see $DIR/logs/deploy.log)"
   # KTK's admin initialises the registry: KtkMSP becomes owner and first writer (like the EVM constructor).
   local i
   for i in 1 2 3 4 5 6 7 8 9 10; do
     "$BIN/peer" chaincode invoke -o "127.0.0.1:$ORDERER_PORT" --tls --cafile "$oca" -C "$CHANNEL" -n "$CC_NAME" \
       "${both[@]}" --waitForEvent -c '{"function":"init","Args":[]}' >>"$DIR/logs/deploy.log" 2>&1 && return 0
     sleep 1
   done
   die "chaincode init failed (see $DIR/logs/deploy.log)")
}

wait_membership() { # ORG_LOG OTHER_PORT : the gateway plans endorsements from gossip membership (anchor peers)
  local i
  for ((i = 0; i < 600; i++)); do
    grep -q "peers went online:.*127.0.0.1:$2 " "$DIR/logs/peer-$1.log" 2>/dev/null && return 0
    sleep 0.1
  done
  die "peer of $1 did not see 127.0.0.1:$2 in its gossip membership within 60 s (see $DIR/logs/peer-$1.log)"
}

cmd_up() {
  [ ! -f "$DIR/network.env" ] || die "$DIR already holds a network (network.sh down $DIR first)"
  local t0=$SECONDS
  mkdir -p "$DIR/logs" "$DIR/pids"
  DIR=$(cd "$DIR" && pwd)
  UP_DONE=0
  if [ -n "${FABRIC_OWNER_PID:-}" ]; then
    start_bg watchdog bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 2; done; exec bash "$2" down "$3"' \
      watchdog "$FABRIC_OWNER_PID" "$HERE/network.sh" "$DIR"
  fi
  trap '[ "$UP_DONE" = 1 ] || { log "up failed; stopping what was started"; cmd_down; }' EXIT
  resolve_bin
  pick_ports; set_ports
  write_configs
  "$BIN/cryptogen" generate --config="$DIR/crypto-config.yaml" --output="$DIR/crypto" >"$DIR/logs/cryptogen.log" 2>&1
  FABRIC_CFG_PATH="$DIR/config" "$BIN/configtxgen" -profile RtoChannel -outputBlock "$DIR/channel.block" \
    -channelID "$CHANNEL" >"$DIR/logs/configtxgen.log" 2>&1
  # The peers' client TLS trust (gossip, gateway to the other org's peer): both organisations' TLS CAs.
  cat "$DIR"/crypto/peerOrganizations/*/tlsca/*-cert.pem >"$DIR/tls-roots.pem"
  start_orderer
  package_chaincode
  write_env
  start_chaincode
  start_peer ktk & local p1=$!
  start_peer govcorp & local p2=$!
  wait $p1; wait $p2
  local org i
  for org in ktk govcorp; do
    (as_admin $org
     for i in $(seq 1 30); do
       "$BIN/peer" channel join -b "$DIR/channel.block" >>"$DIR/logs/join.log" 2>&1 && exit 0
       sleep 0.5
     done
     exit 1) || die "peer of $org could not join channel $CHANNEL (see $DIR/logs/join.log)"
  done
  deploy_chaincode
  wait_membership ktk "$GOV_PORT"
  wait_membership govcorp "$KTK_PORT"
  UP_DONE=1
  log "up in $((SECONDS - t0)) s: channel $CHANNEL, chaincode $CC_NAME, ports $BASE..$((BASE + 39)), profile $DIR/connection.json"
}

cmd_down() {
  local n
  [ -d "$DIR/pids" ] || return 0
  for n in peer-ktk peer-govcorp chaincode orderer watchdog; do stop_pid "$n"; done
  for n in "$DIR"/pids/*.pid; do [ -e "$n" ] && stop_pid "$(basename "$n" .pid)"; done
  rm -f "$DIR/network.env"
  log "down: $DIR"
}

load_env() {
  [ -f "$DIR/network.env" ] || die "no network in $DIR"
  DIR=$(cd "$DIR" && pwd)
  # shellcheck disable=SC1091
  . "$DIR/network.env"
  set_ports
}

[ $# -ge 2 ] || usage
CMD=$1; DIR=$2
case "$CMD" in
  up) mkdir -p "$DIR"; cmd_up ;;
  down) cmd_down ;;
  stop-peer) [ $# -eq 3 ] || usage; load_env; org_var "$3"; stop_pid "peer-$3" ;;
  start-peer) [ $# -eq 3 ] || usage; load_env; start_peer "$3" ;;
  *) usage ;;
esac
