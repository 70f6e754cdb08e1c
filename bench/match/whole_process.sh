#!/usr/bin/env bash
# Whole-process `vigie match` over N names (default 10 million) made by ../shared/bench/gen_domains.py, side by
# side with eth-phishing-detect (../shared/bench/epd_match.js) on the same file and watchlist: eth-phishing-detect's
# 15-domain fuzzylist. Then `vigie match` again with 1,000 watched domains (the 15 plus 985 invented ones), for the
# time and the peak memory (maximum resident set) at that size.
# usage: bench/match/whole_process.sh [N]      (from the repository root; bench/README.md, "match")
# Needs: python3, node, /usr/bin/time, eth-phishing-detect 1.2.0 (npm install --prefix /tmp/peers eth-phishing-detect@1.2.0).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/bench/setup.sh"
"$root/bench/need-shared.sh" bench/gen_domains.py bench/epd_match.js
shared="$root/../shared"
n="${1:-10000000}"
work="${TMPDIR:-/tmp}/vigie-match-bench"
mkdir -p "$work"

names="$work/names-$n.txt"
if [[ ! -s $names ]]; then
    echo "generating $n names with gen_domains.py (seed 1)..." >&2
    python3 "$shared/bench/gen_domains.py" "$n" 1 "$names"
fi

fuzzy=(auctus.org cryptokitties.co dfinity.org launchpad.ethereum.org etherscan.io fulcrum.trade hederahashgraph.com
       localcryptos.com localethereum.com makerfoundation.com maskmeta.org metamask.io myetherwallet.com opensea.io
       originprotocol.com)
printf '%s\n' "${fuzzy[@]}" > "$work/watch15.txt"
{ echo "domains:"; printf '  - %s\n' "${fuzzy[@]}"; } > "$work/watch15.yaml"
python3 - "$work/watch1000.yaml" "${fuzzy[@]}" <<'PY'
import random, sys
out, domains = sys.argv[1], list(sys.argv[2:])
r = random.Random(7)
tlds = ['com', 'net', 'org', 'fr', 'de', 'io', 'co.uk', 'org.uk', 'eu', 'info']
while len(domains) < 1000:
    label = ''.join(r.choice('bcdfghjklmnprstvz') + r.choice('aeiou') for _ in range(r.randint(3, 7)))
    d = label + '.' + r.choice(tlds)
    if d not in domains:
        domains.append(d)
open(out, 'w').write('domains:\n' + ''.join(f'  - {d}\n' for d in domains))
PY

# Build once, outside the timing, then run the published binary itself: the launcher would rebuild mid-run if a
# source changed meanwhile.
"$root/vigie" --version > /dev/null
vigie="$work/vigie-bin"
rm -rf "$vigie" && cp -r "$root/artifacts/vigie" "$vigie"
measure() { # label, command...
    local label=$1; shift
    # Wall time, CPU time (user + system: what the process itself used, less sensitive to other load on the
    # machine) and peak resident memory.
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@"
    read -r secs user sys kb < "$work/time"
    local cpu; cpu=$(echo "$user + $sys" | bc -l)
    printf '%-40s wall %7.2f s %10.0f names/s | CPU %7.2f s %10.0f names/s | %6.0f MiB peak RSS\n' "$label" "$secs" \
        "$(echo "$n / $secs" | bc -l)" "$cpu" "$(echo "$n / $cpu" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
}

echo "names: $n ($(du -h "$names" | cut -f1)), machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "vigie match, 15 domains (jsonl)" bash -c "'$vigie/vigie' match --watchlist '$work/watch15.yaml' --input '$names' --format jsonl --min-score 0 > '$work/vigie15.jsonl' 2>'$work/vigie15.err'"
measure "vigie match, 1,000 domains (jsonl)" bash -c "'$vigie/vigie' match --watchlist '$work/watch1000.yaml' --input '$names' --format jsonl --min-score 0 > '$work/vigie1000.jsonl' 2>'$work/vigie1000.err'"
measure "eth-phishing-detect 1.2.0, 15 domains" bash -c "NODE_PATH=/tmp/peers/node_modules node --max-old-space-size=16000 '$shared/bench/epd_match.js' '$work/watch15.txt' 2 < '$names' > '$work/epd15.jsonl' 2>'$work/epd15.err'"
echo "flagged: vigie (15) $(wc -l < "$work/vigie15.jsonl"), vigie (1,000) $(wc -l < "$work/vigie1000.jsonl"), eth-phishing-detect $(wc -l < "$work/epd15.jsonl")"
cat "$work/vigie15.err" "$work/epd15.err"
