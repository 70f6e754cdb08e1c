#!/bin/sh
# `vigie export` over 100,000 findings on SQLite, in every format. The store is made by `vigie` itself (its migrations)
# and filled here with 100,000 findings shaped like bench/Vigie.Benchmarks' FindingSeed (two organisations, service
# words beside the brand, scores 30-100, three months of first-seen dates, state new), each with a DNS observation (an
# IPv4 and an IPv6 address) and an HTTP one (a URL), so the STIX and MISP exports have observables to write. Each
# format is timed by hyperfine (whole process: start, database read, file written). Prints a Markdown table;
# results: bench/README.md, "exports".
# Usage: [VIGIE_JIT=1 [VIGIE_NO_BUILD=1]] bench/exports/run.sh [RUNS]   (RUNS per format, default 3)
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-3}
root=$(pwd)
if [ "${VIGIE_JIT:-}" = 1 ]; then
    [ "${VIGIE_NO_BUILD:-}" = 1 ] || dotnet build src/Vigie.Tools -c Release -v quiet -clp:ErrorsOnly >/dev/null
    vigie="dotnet $root/artifacts/bin/Vigie.Tools/release/vigie-tools.dll"
else
    ./vigie --version >/dev/null
    vigie=$root/artifacts/vigie/vigie
fi
dir=$(mktemp -d /tmp/vigie-bench-exports.XXXXXX)
trap 'rm -rf "$dir"' EXIT
db=$dir/vigie.db
$vigie export --format domains --db "$db" >/dev/null 2>&1   # creates and migrates the store
# The findings, then one DNS and one HTTP observation each, in the shapes sweeps and investigations write (docs/findings.md).
python3 - "$db" <<'PY'
import random, sqlite3, sys
from datetime import datetime, timedelta, timezone
db = sqlite3.connect(sys.argv[1])
now = "2026-12-01T00:00:00.0000000Z"
for slug, domain in (("en-marche", "en-marche.fr"), ("ngo", "ngo.org")):
    db.execute("INSERT INTO organisations (slug, name, time_zone, watchlist, created_at, updated_at) VALUES (?, ?, 'UTC', ?, ?, ?)",
               (slug, slug, f"domains:\n  - {domain}\n", now, now))
words = ["login", "mail", "secure", "account", "onedrive", "vote", "don", "adherer", "sso", "vpn"]
start = datetime(2026, 9, 1, tzinfo=timezone.utc)
rand = random.Random(11)
def stamp(t): return t.strftime("%Y-%m-%dT%H:%M:%S.0000000Z")
rows = []
for i in range(100_000):
    seen = stamp(start + timedelta(minutes=rand.randrange(90 * 24 * 60)))
    name = f"{words[rand.randrange(len(words))]}-en-marche-{i}.{'com' if i % 3 == 0 else 'fr'}"
    rows.append((2 if i % 5 == 0 else 1, name, name, "en-marche.fr", "combosquat", 30 + rand.randrange(71),
                 "a service word beside the brand", seen, seen, rand.randrange(3) == 0, 1 << (i % 5), seen))
db.executemany("""INSERT INTO findings (organisation_id, name, unicode, target, techniques, score, explanation, first_seen, last_seen,
  live, source_kinds, state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)
db.execute("""INSERT INTO observations (finding_id, kind, observed_at, summary, payload)
  SELECT id, 'dns', first_seen, 'registered',
         '{"status":"registered","records":{"A":["192.0.' || (id / 250 % 250) || '.' || (id % 250) || '"],"AAAA":["2001:db8::' || (id / 65536) || ':' || printf('%x', id % 65536) || '"]}}'
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
    mean=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['mean']:.2f} ± {r['stddev'] or 0:.2f}\")" "$dir/$format.json")
    size=$(du -sh "$out" | cut -f1)
    echo "| $format | $mean | $size |"
done
