#!/usr/bin/env bash
# Alert latency: from a finding stored to a signed webhook received by a local HTTP listener, through the outbox,
# with a second (dead) webhook channel beside it. Prints the median, p95 and max over N findings, one at a time,
# for the default poll (250 ms) and a short one (50 ms). bench/README.md, "alerts".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
n="${1:-200}"
dotnet build bench/Vigie.Benchmarks -c Release -v quiet -clp:ErrorsOnly --nologo
for poll in 250 50; do
    flock /tmp/vigie-bench.lock dotnet run -c Release --no-build --project bench/Vigie.Benchmarks -- alert-latency "$n" "$poll"
done
