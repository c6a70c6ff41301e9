#!/usr/bin/env bash
# What `make test` needs beyond Python packages:
#  - Neo4j's own Cypher linter (npm package @neo4j-cypher/language-support), installed from the lock file;
#  - Debian's Chromium for the browser test of `kg viz` (installed with apt-get when we are root).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lint="$here/tools/cypher-lint"
if [ -f "$lint/package.json" ] && [ ! -d "$lint/node_modules/@neo4j-cypher/language-support" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "installing the Neo4j Cypher linter (npm ci in tools/cypher-lint)" >&2
    (cd "$lint" && npm ci --silent --no-audit --no-fund)
  else
    echo "warning: npm not found: Cypher lint tests will be skipped (install Node.js 18+)" >&2
  fi
fi
# a CJK font so that screenshots show Chinese names, not empty boxes
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium and a CJK font for the browser tests" >&2
    (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null) \
      || echo "warning: could not install chromium: browser tests will be skipped" >&2
  else
    echo "warning: chromium not found: browser tests will be skipped (apt-get install chromium)" >&2
  fi
fi
