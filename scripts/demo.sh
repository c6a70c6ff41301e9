#!/usr/bin/env bash
# make demo: run kg on the example articles that ship in the repository and summarise.
set -euo pipefail
bin=$1 examples=$2 out=$3
mkdir -p "$out"
echo "== kg clean: $examples" >&2
"$bin/kg" clean "$examples" > "$out/clean.jsonl"
"$bin/python" - "$out/clean.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
print(f"cleaned {len(rows)} articles")
for r in rows:
    a = r["article"]
    print(f"  {a['date'] or '----------'}  {a['script']:<7}  {len(a['text']):>5} chars  {len(r['links'])} links  {a['title'] or ''}")
PY
