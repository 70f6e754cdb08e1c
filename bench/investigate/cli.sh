#!/usr/bin/env bash
# The Native AOT `vigie investigate` end to end in a private namespace: a copy of the login page, a parking page
# and a name on the cloud metadata address, then `vigie evidence export` of the copy. Prints each run's wall
# time and max RSS.   sudo bench/investigate/cli.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/bench/setup.sh"
"$root/bench/need-shared.sh" bench/with-local-dns.sh
"$root/vigie" --help >/dev/null   # publishes the command if sources changed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'enmarche0.fr 127.0.1.1\nenmarche1.fr 127.0.1.2\ngenuine.lab.test 127.0.1.3\nmeta.lab.test 169.254.169.254\n' > "$work/zone"
cat > "$work/inside.sh" <<INSIDE
set -u
for site in copy:127.0.1.1 parked:127.0.1.2 genuine:127.0.1.3; do
  python3 -m http.server 80 --bind "\${site#*:}" --directory "$root/bench/investigate/site/\${site%%:*}" >/dev/null 2>&1 &
done
for ip in 127.0.1.1 127.0.1.2 127.0.1.3; do
  for _ in \$(seq 100); do (exec 3<>/dev/tcp/\$ip/80) 2>/dev/null && break; sleep 0.1; done
done
for d in enmarche0.fr enmarche1.fr meta.lab.test; do
  /usr/bin/time -f "(%e s, max RSS %M kB)" "$root/artifacts/vigie/vigie" investigate \$d --nameserver 127.0.0.1 \
    --allow-loopback --watch enmarche.fr --genuine http://genuine.lab.test/ --evidence "$work/evidence" --timeout 5 || true
done
"$root/artifacts/vigie/vigie" evidence export enmarche0.fr --evidence "$work/evidence" --output "$work/e.zip"
kill \$(jobs -p) 2>/dev/null || true
INSIDE
unshare -n -m "$root/../shared/bench/with-local-dns.sh" "$work/zone" "bash $work/inside.sh"
