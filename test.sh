#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: installs the system packages the tests need when they
# are missing (Debian, as root), then builds and runs every test project, and ends with one line
# "tests: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

# Real parts for the integration tests: unbound (DNS), chromium (screenshots), postgresql (storage),
# iproute2/util-linux (network namespaces), dnstwist (side-by-side checks), ca-certificates;
# python3-dnspython (dnstwist only recommends it, its DNS sweep needs it), dnsutils and bc (bench/scan),
# python3-aiosmtpd (the SMTP server of the e-mail tests: tests/Vigie.TestSupport/Smtp);
# rsyslog and rsyslog-gnutls (the alert tests start their own rsyslogd on UDP, TCP and TLS);
# nats-server (the JetStream of vigie serve's roles: the cluster test starts its own).
packages=(unbound chromium postgresql iproute2 util-linux dnstwist ca-certificates procps python3-dnspython dnsutils bc python3-aiosmtpd rsyslog rsyslog-gnutls nats-server)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "test.sh: installing ${missing[*]}" >&2
    if [[ $(id -u) -ne 0 ]]; then
        echo "test.sh: need root to apt-get install ${missing[*]}" >&2
        exit 2
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The Debian unbound package starts a system resolver on port 53; the tests run their own.
systemctl disable --now unbound >/dev/null 2>&1 || true

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
dotnet build Vigie.slnx -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
for project in tests/*.Tests/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" \
        --results-directory "$results" || status=$?
done

# One closing line over every project's TRX counters.
python3 - "$results" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
# Counted from each test's outcome: the logger's summary counters leave skipped tests out.
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    for r in ET.parse(f).getroot().iterfind("t:Results/t:UnitTestResult", ns):
        outcome = r.get("outcome")
        if outcome == "Passed": passed += 1
        elif outcome == "NotExecuted": skipped += 1
        else: failed += 1
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
