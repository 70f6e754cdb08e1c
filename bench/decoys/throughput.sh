#!/bin/sh
# Decoy detection throughput (bench/README.md, "decoys"): lines per second through `vigie decoy watch --once` on a
# generated sign-in log of SIZE bytes (default 1 GB) holding a handful of decoy uses. Reads nothing from ../shared.
# usage: bench/decoys/throughput.sh [SIZE_BYTES]
#   VIGIE="dotnet artifacts/bin/Vigie.Tools/release/vigie-tools.dll" bench/decoys/throughput.sh   # the JIT build instead of ./vigie
set -eu
cd "$(dirname "$0")/../.."
size=${1:-1000000000}
work=$(mktemp -d /tmp/vigie-decoy-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
vigie=${VIGIE:-./vigie}
$vigie --version >/dev/null
$vigie decoy generate --domain en-marche.fr --count 5 --db "$work/vigie.db" 2>/dev/null | cut -f1 > "$work/decoys.txt"
python3 bench/decoys/gen_signins.py "$work/signins.jsonl" "$size" $(cat "$work/decoys.txt")
lines=$(wc -l < "$work/signins.jsonl")
bytes=$(stat -c %s "$work/signins.jsonl")
cat "$work/signins.jsonl" > /dev/null   # in the page cache, as a followed log is
start=$(date +%s.%N)
$vigie decoy watch --once --format entra --db "$work/vigie.db" "$work/signins.jsonl" > "$work/alerts.txt" || test $? -eq 1
end=$(date +%s.%N)
alerts=$(wc -l < "$work/alerts.txt")
python3 - "$start" "$end" "$lines" "$bytes" "$alerts" <<'PY'
import sys
start, end, lines, size, alerts = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
s = end - start
print(f"{lines:,} lines, {size / 1e9:.2f} GB in {s:.2f} s: {lines / s:,.0f} lines/s, {size / s / 1e6:,.0f} MB/s; {alerts} alerts")
PY
