#!/bin/sh
# Lints the server's OpenAPI document with the official NL API Design Rules rulesets
# (ADR 2.2.0 work version and ADR 2.1.0). Fails on errors; warnings are printed.
# SHARED points at the shared/ directory that sits beside the checkout (default ../../shared,
# seen from web/).
set -eu
cd "$(dirname "$0")/.."
SHARED="${SHARED:-../../shared}"
RULES="$SHARED/standards/api-design-rules"
DOC="${OPENAPI_DOC:-../api/openapi.json}"
SCARF_ANALYTICS=false
export SCARF_ANALYTICS

for ruleset in "$RULES/adr-2.2.0-wv.spectral.yaml" "$RULES/adr-2.1.0.spectral.yml"; do
  if [ ! -f "$ruleset" ]; then
    echo "lint-openapi: ruleset not found: $ruleset (set SHARED=/path/to/shared)" >&2
    exit 2
  fi
done

echo "== ADR 2.2.0 (werkversie)"
npx --no-install spectral lint --fail-severity=error -r "$RULES/adr-2.2.0-wv.spectral.yaml" "$DOC"
echo "== ADR 2.1.0"
npx --no-install spectral lint --fail-severity=error -r "$RULES/adr-2.1.0.spectral.yml" "$DOC"
