#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those that are missing.
# Usage: scripts/install-deps.sh [run|test]   (test adds PostgreSQL, Chromium, wrk, xmllint)
set -euo pipefail
mode="${1:-run}"

# john-data provides /usr/share/john/password.lst, compiled in as the common-password list.
pkgs=(g++ cmake ninja-build pkg-config make
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev
  libsodium-dev liboath-dev libssl-dev john-data
  libspdlog-dev libfmt-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev libxlsxwriter-dev libgoogle-perftools-dev
  nodejs npm python3)
if [ "$mode" = test ] || [ "$mode" = bench ]; then
  pkgs+=(postgresql-15 chromium wrk libxml2-utils)
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# nodejs/npm may come from elsewhere (e.g. a preinstalled Node); accept working binaries.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
