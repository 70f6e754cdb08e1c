#!/usr/bin/env bash
# Issue 16's bench: every page of ../shared/data/pages (182 kit pages, 450 legitimate pages; live phishing
# artefacts, read from there by path, never copied) served in a loopback web lab and judged by the investigator
# with the fixed watchlist of bench/pages/watchlist.yaml. A kit page is served under a look-alike name of the brand
# it imitates (bench/pages/kit-targets.csv), a legitimate page under its own original host. Prints the confusion
# table, the ROC AUC of the risk score and the held-out figures; per-page results go to artifacts/bench-pages-*.tsv.
#
#   sudo bench/pages/run.sh [--screenshots] [--holdout | --tune] [--legit-on-lookalikes]
#
# --tune judges the tuning part only (what to run while changing the analysis); --holdout the held-out part only;
# --legit-on-lookalikes serves each legitimate page that is not a watched brand's own under a look-alike name of a
# watched brand instead of its original host (a shop's own sign-in page on a name the matcher flags).
#
# Everything runs in a private network namespace (unshare -n): a real unbound answers for the lab's names
# (../shared/bench/with-local-dns.sh), the bench's Kestrel serves them on 127.0.6.1:80. Needs unbound, chromium.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pages="$root/../shared/data/pages"
if [[ ! -f "$pages/manifest.csv" ]]; then
  echo "bench/pages: skipped, $pages is absent" >&2
  exit 0
fi
here="$root/bench/pages"
mode=$([[ " $* " == *" --screenshots "* ]] && echo screenshots || echo fetch)
lookalikes=
if [[ " $* " == *" --legit-on-lookalikes "* ]]; then
  lookalikes=--legit-on-lookalikes
  mode="$mode-lookalikes"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -n "${NO_BUILD:-}" ]] || dotnet build "$root/bench/Vigie.Benchmarks" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
bench=(dotnet "$root/artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks.dll" pages)
"${bench[@]}" hosts "$pages" "$here/kit-targets.csv" "$here/watchlist.yaml" $lookalikes > "$work/zone"
mkdir -p "$root/artifacts"
cat > "$work/inside.sh" <<INSIDE
set -eu
# Chromium loads nothing when loopback is the only interface (net::ERR_INTERNET_DISCONNECTED): a veth pair inside
# the namespace with a documentation address (RFC 5737) and the default route makes it believe it is online.
ip link add vigie0 type veth peer name vigie1 && ip addr add 192.0.2.1/32 dev vigie0
ip link set vigie1 up && ip link set vigie0 up && ip route add default dev vigie0
${bench[*]} run 127.0.0.1:53 "$pages" "$here/kit-targets.csv" "$here/watchlist.yaml" "$root/artifacts/bench-pages-$mode.tsv" $*
INSIDE
unshare -n -m "$root/../shared/bench/with-local-dns.sh" "$work/zone" "bash $work/inside.sh"
