#!/bin/sh
# `vigie export` over 100,000 findings on SQLite, in every format: the benchmarks' findings (bench/Vigie.Benchmarks,
# FindingSeed: two organisations, all in state new), each given a DNS observation with an IPv4 and an IPv6 address
# and an HTTP observation with a URL, so the STIX and MISP exports have observables to write. Each format is timed
# by hyperfine (whole process: the Native AOT binary, the database read, the file written). Prints a Markdown table;
# results: bench/README.md, "exports".
# Usage: [VIGIE_JIT=1] bench/exports/run.sh [RUNS]   (RUNS per format, default 3)
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-3}
root=$(pwd)
dotnet build bench/Vigie.Benchmarks -c Release -v quiet -clp:ErrorsOnly >/dev/null
if [ "${VIGIE_JIT:-}" = 1 ]; then
    dotnet build src/Vigie.Cli -c Release -v quiet -clp:ErrorsOnly >/dev/null
    vigie="dotnet $root/artifacts/bin/Vigie.Cli/release/vigie.dll"
else
    ./vigie --version >/dev/null
    vigie=$root/artifacts/vigie/vigie
fi
dir=$(mktemp -d /tmp/vigie-bench-exports.XXXXXX)
trap 'rm -rf "$dir"' EXIT
db=$dir/vigie.db
dotnet "$root/artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks.dll" seed-findings "$db" >&2
# One DNS and one HTTP observation per finding, in the shapes the sweeps and investigations write (docs/findings.md).
python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("""INSERT INTO observations (finding_id, kind, observed_at, summary, payload)
  SELECT id, 'dns', first_seen, 'registered',
         '{"status":"registered","records":{"A":["192.0.' || (id / 250 % 250) || '.' || (id % 250) || '"],"AAAA":["2001:db8::' || id || '"]}}'
  FROM findings""")
db.execute("""INSERT INTO observations (finding_id, kind, observed_at, summary, payload)
  SELECT id, 'http', last_seen, '200',
         '{"requested_url":"http://' || name || '/","final_url":"https://' || name || '/login","status":200,"redirects":[]}'
  FROM findings""")
db.commit()
PY
echo "| format | time (mean ± σ, s) | output |"
echo "|---|---|---|"
for format in csv json stix misp rpz hosts adblock domains; do
    out=$dir/export.$format
    [ "$format" = misp ] && out=$dir/misp-feed
    hyperfine --runs "$runs" --warmup 1 --export-json "$dir/$format.json" --prepare "rm -rf $out" \
        "$vigie export --format $format --db $db --output $out" >/dev/null 2>&1
    mean=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['mean']:.2f} ± {r['stddev']:.2f}\")" "$dir/$format.json")
    size=$(du -sh "$out" | cut -f1)
    echo "| $format | $mean | $size |"
done
