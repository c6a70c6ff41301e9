#!/usr/bin/env bash
# make demo: build the graph from the example articles in the embedded store, then show what
# an analyst does with it: stats, two canned queries, exports and a picture.
set -euo pipefail
bin=$1 examples=$2 out=$3
store="$out/kg-data"
mkdir -p "$out"
rm -rf "$store"   # a fresh graph every time, so the figures below are the examples' own
kg() { "$bin/kg" "$@"; }
step() { printf '\n== %s\n' "$*"; }

step "kg ingest $examples  (read → clean → extract → load into the embedded FalkorDB at $store)"
kg ingest --store "$store" "$examples"

step "kg stats"
kg stats --store "$store"

step "kg query actor-events -p actor=市场监管总局  (the events the national regulator hosted)"
kg query actor-events --store "$store" -p actor=市场监管总局 --format table

step "kg query most-active-actors"
kg query most-active-actors --store "$store" -p limit=5 --format table

step "exports"
kg export --store "$store" --format graphml -o "$out/graph.graphml"
kg rdf --store "$store" --format turtle -o "$out/graph.ttl"
kg viz --store "$store" --around 市场监管总局 -o "$out/samr.html"
printf '\nwrote %s/graph.graphml, %s/graph.ttl and %s/samr.html (open it in a browser)\n' "$out" "$out" "$out"
