#!/usr/bin/env bash
# Installs what the side-by-side benchmarks need on a fresh Debian machine, as root: the peers (dnstwist with
# its DNS and screenshot extras, eth-phishing-detect 1.2.0 from npm under /tmp/peers) and the tools the scripts
# call. Every script under bench/ runs this first; it does nothing when all is there.
set -euo pipefail
packages=(dnstwist python3-dnspython python3-selenium python3-pil chromium chromium-driver unbound dnsutils
    iproute2 util-linux time bc nodejs npm)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# node and npm may come with the machine rather than from Debian: do not ask apt for them then.
command -v node >/dev/null && missing=("${missing[@]/nodejs}") && missing=("${missing[@]/npm}")
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]})); then
    echo "bench/setup.sh: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [[ ! -f /tmp/peers/node_modules/eth-phishing-detect/package.json ]]; then
    echo "bench/setup.sh: installing eth-phishing-detect@1.2.0 under /tmp/peers" >&2
    npm install --silent --prefix /tmp/peers eth-phishing-detect@1.2.0 >/dev/null
fi
