#!/usr/bin/env bash
# Configures (once) and builds the C++ targets: scripts/build.sh [dir] [build type] [cmake args…]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build}"; type="${2:-RelWithDebInfo}"; shift $(( $# > 2 ? 2 : $# )) || true
if [ ! -f "$dir/build.ninja" ] || ! grep -q "CMAKE_BUILD_TYPE:STRING=$type" "$dir/CMakeCache.txt" 2>/dev/null; then
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
fi
cmake --build "$dir" -- -j"$(nproc)"
