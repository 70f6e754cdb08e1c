#!/usr/bin/env bash
# Screenshots per minute and memory: Vigie's screenshot pool beside `dnstwist --phash`, on the same local pages.
#
#   sudo bench/investigate/run.sh [NAMES=24] [POOL_SIZES="1 2"]
#
# Everything runs inside a private network namespace (unshare -n): a real unbound on 127.0.0.1:53 (the port
# dnstwist requires) answers for NAMES lookalikes of enmarche.fr, half on 127.0.1.1 (a copy of the genuine login
# page, which hot-links its style sheet from the genuine server 127.0.1.3) and half on 127.0.1.2 (a parking page);
# three python http.servers serve them on port 80. Needs: unbound, chromium, dnstwist, python3-selenium,
# python3-pil, chromium-driver (the last three only for dnstwist --phash).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/bench/setup.sh"
"$root/bench/need-shared.sh" bench/with-local-dns.sh
here="$root/bench/investigate"
count=${1:-24}
pools=${2:-"1 2"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/bench/Vigie.Benchmarks" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
# The lookalikes dnstwist itself generates for enmarche.fr, so that its sweep finds exactly these.
dnstwist --format list enmarche.fr > "$work/all"
awk -v n="$count" '$0 != "enmarche.fr" && c < n { print; c++ }' "$work/all" > "$work/names"
awk 'NR % 2 { print $1, "127.0.1.1"; next } { print $1, "127.0.1.2" }' "$work/names" > "$work/zone"
echo "genuine.lab.test 127.0.1.3" >> "$work/zone"
sed 's|.*|http://&/|' "$work/names" > "$work/urls"

cat > "$work/inside.sh" <<INSIDE
set -eu
# Chromium refuses to load anything when the only interface is loopback (net::ERR_INTERNET_DISCONNECTED, which
# is what dnstwist --phash gets in a bare namespace): a veth pair inside the namespace, with a documentation
# address (RFC 5737) and the default route, makes it believe it is online; both ends stay in the namespace.
ip link add vigie0 type veth peer name vigie1 && ip addr add 192.0.2.1/32 dev vigie0
ip link set vigie1 up && ip link set vigie0 up && ip route add default dev vigie0
# dnstwist's Chromium resolves through the system resolver: point it at the lab's unbound (private mount namespace).
echo "nameserver 127.0.0.1" > "$work/resolv.conf" && mount --bind "$work/resolv.conf" /etc/resolv.conf
for site in copy:127.0.1.1 parked:127.0.1.2 genuine:127.0.1.3; do
  python3 -m http.server 80 --bind "\${site#*:}" --directory "$here/site/\${site%%:*}" >/dev/null 2>&1 &
done
for ip in 127.0.1.1 127.0.1.2 127.0.1.3; do
  for _ in \$(seq 100); do (exec 3<>/dev/tcp/\$ip/80) 2>/dev/null && break; sleep 0.1; done
done
echo "== Vigie screenshot pool ($count pages)"
dotnet "$root/artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks.dll" screenshots 127.0.0.1:53 "$work/urls" $pools
for threads in $pools; do
  echo "== dnstwist --phash -t \$threads ($count pages)"
  /usr/bin/time -f "dnstwist: %e s wall, max RSS of the python process %M kB (browsers not included)" \
    dnstwist --registered --phash --phash-url http://genuine.lab.test/ --nameservers 127.0.0.1 -t \$threads --format csv enmarche.fr > "$work/dnstwist-\$threads.csv"
  awk -F, 'NR > 1 && \$NF != "" { n++ } END { print "dnstwist: " n+0 " pages with a phash" }' "$work/dnstwist-\$threads.csv"
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if (\$i == "phash") c = i } NR > 1 && \$c != "" { print "  " \$2, \$c "%" }' "$work/dnstwist-\$threads.csv" | sort | uniq -c | sort -rn | head -4
done
kill \$(jobs -p) 2>/dev/null || true
INSIDE
unshare -n -m "$root/../shared/bench/with-local-dns.sh" "$work/zone" "bash $work/inside.sh"
