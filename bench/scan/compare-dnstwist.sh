#!/usr/bin/env bash
# Side by side on one machine and one zone: names per second of `vigie scan` and of
# `dnstwist --nameservers 127.0.0.1 --format csv`, and whether both find the same registered set.
#
#   sudo bench/scan/compare-dnstwist.sh [DOMAIN...]      (default: microsoftonline.com en-marche.fr)
#
# For each domain:
#  1. same names: dnstwist's own permutation list; 5% of it (every 20th name) registered in a real unbound on
#     127.0.0.1:53 inside a private network namespace (../shared/bench/with-local-dns.sh). dnstwist sweeps its
#     permutations, vigie sweeps the same list (--names); whole-process wall time for both, start-up included,
#     best of RUNS (default 3; the machine is shared, the best run is the least disturbed one), a fresh database each time.
#  2. vigie's own permutations (`vigie scan DOMAIN`), 5% of them registered: rate and exactness.
# Needs root (unshare -n), unbound, dnsutils, dnstwist and python3-dnspython (./test.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/bench/setup.sh"
"$root/bench/need-shared.sh" bench/with-local-dns.sh
lab="$root/../shared/bench/with-local-dns.sh"
domains=("$@")
((${#domains[@]})) || domains=(microsoftonline.com en-marche.fr)
"$root/vigie" --version >/dev/null # build the AOT binary before anything is timed
vigie="$root/artifacts/vigie/vigie" # then time the binary itself, not the launcher's staleness check
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

runs=${RUNS:-3}
# Wall time of a command in seconds, kept in a file when lower than the one already there: "elapsed FILE -- command..."
cat >"$work/elapsed" <<'SH'
#!/usr/bin/env bash
out=$1; shift 2
start=$(date +%s%N); "$@"; status=$?
t=$(echo "scale=3; ($(date +%s%N) - $start) / 1000000000" | bc)
if [[ ! -s $out ]] || (( $(echo "$t < $(cat "$out")" | bc) )); then echo "$t" >"$out"; fi
exit $status
SH
chmod +x "$work/elapsed"

printf '%-20s %-22s %7s %9s %9s %11s %9s %9s %7s %s\n' domain scenario names zone "peer s" "peer n/s" "vigie s" "vigie n/s" ratio "registered set"
for domain in "${domains[@]}"; do
    d="$work/$domain"
    mkdir -p "$d"
    dnstwist --format list "$domain" | grep -vxF "$domain" >"$d/names"
    awk 'NR % 20 == 0' "$d/names" >"$d/zone"
    unshare -n "$lab" "$d/zone" "
        for run in \$(seq $runs); do
            $work/elapsed $d/dnstwist.s -- dnstwist --nameservers 127.0.0.1 --format csv $domain >$d/dnstwist.csv
            rm -f $d/same.db*
            $work/elapsed $d/vigie.s -- $vigie scan $domain --names $d/names --nameserver 127.0.0.1 --db $d/same.db --format csv >$d/vigie.csv 2>$d/vigie.err
        done
    " >"$d/unbound.stats" 2>&1
    python3 - "$d" "$domain" <<'PY'
import csv, sys
d, domain = sys.argv[1], sys.argv[2]
names = [l.strip() for l in open(f"{d}/names") if l.strip()]
zone = {l.strip() for l in open(f"{d}/zone") if l.strip()}
with open(f"{d}/dnstwist.csv") as f:
    peer = {r["domain"] for r in csv.DictReader(f)
            if r["fuzzer"] != "*original" and any(r.get(k) for k in ("dns_a", "dns_aaaa", "dns_mx", "dns_ns"))}
with open(f"{d}/vigie.csv") as f:
    vigie = {r["name"] for r in csv.DictReader(f) if r["status"] == "registered"}
ps, vs = float(open(f"{d}/dnstwist.s").read()), float(open(f"{d}/vigie.s").read())
same = "same" if peer == vigie == zone else f"DIFFERENT (zone {len(zone)}, dnstwist {len(peer)}, vigie {len(vigie)})"
print(f"{domain:20} {'dnstwist names':22} {len(names):7} {len(zone):9} {ps:9.2f} {len(names)/ps:11,.0f} {vs:9.2f} {len(names)/vs:9,.0f} {ps/vs:6.1f}x {same} ({len(vigie)})")
PY
    "$vigie" permute "$domain" >"$d/own-names"
    awk 'NR % 20 == 0' "$d/own-names" >"$d/own-zone"
    unshare -n "$lab" "$d/own-zone" "
        for run in \$(seq $runs); do
            rm -f $d/own.db*
            $work/elapsed $d/own.s -- $vigie scan $domain --nameserver 127.0.0.1 --db $d/own.db --format csv >$d/own.csv 2>$d/own.err
        done
    " >/dev/null 2>&1
    python3 - "$d" "$domain" <<'PY'
import csv, sys
d, domain = sys.argv[1], sys.argv[2]
names = [l for l in open(f"{d}/own-names") if l.strip()]
zone = {l.strip() for l in open(f"{d}/own-zone") if l.strip()}
with open(f"{d}/own.csv") as f:
    vigie = {r["name"] for r in csv.DictReader(f) if r["status"] == "registered"}
vs = float(open(f"{d}/own.s").read())
same = "same as zone" if vigie == zone else f"DIFFERENT (zone {len(zone)}, vigie {len(vigie)})"
print(f"{domain:20} {'vigie permutations':22} {len(names):7} {len(zone):9} {'':9} {'':11} {vs:9.2f} {len(names)/vs:9,.0f} {'':7} {same} ({len(vigie)})")
PY
    sed 's/^/    vigie: /' "$d/vigie.err" | sed 's/^    vigie: vigie: /    /' >&2
    grep -E 'total.num.queries' "$d/unbound.stats" | sed "s/^/    unbound, $runs runs of dnstwist and vigie: /" >&2
done
