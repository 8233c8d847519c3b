#!/usr/bin/env bash
# Installs the front end's npm packages when the lock file changed, then builds web/dist.
set -euo pipefail
cd "$(dirname "$0")/../web"
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
