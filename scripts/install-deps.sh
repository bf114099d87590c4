#!/usr/bin/env bash
# Installs everything the tests and the production-like setup need on a fresh Debian machine:
# Debian packages (fonts, Chromium, PostgreSQL, Redis) and the npm packages of every folder that has a
# package-lock.json (the Solidity compiler and ganache, the gRPC interop peer, the browser bundle).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(fonts-dejavu-core chromium postgresql redis-server ca-certificates poppler-utils zbar-tools)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v node >/dev/null || { echo "install-deps: node is required (Debian: apt-get install nodejs npm)"; exit 1; }
while IFS= read -r lock; do
  dir=$(dirname "$lock")
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$lock" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "install-deps: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if grep -q '"build"' "$dir/package.json"; then
    (cd "$dir" && npm run --silent build)
  fi
done < <(git ls-files '*package-lock.json' 2>/dev/null | grep -v node_modules || true)
