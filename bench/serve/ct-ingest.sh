#!/usr/bin/env bash
# Whole-pipeline CT ingestion of `vigie serve`: entries per second from a local CT log to findings stored.
#
#   bench/serve/ct-ingest.sh [ENTRIES=50000] [ORGANISATIONS=2]
#
# Runs the Native AOT `vigie` (built by the ./vigie launcher when sources changed), or the binary named by $VIGIE,
# against a local RFC 6962 log on loopback (bench/Vigie.Benchmarks/Serve/ServeCtIngestion.cs). Holds
# /tmp/vigie-test.lock while it runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
entries=${1:-50000}
organisations=${2:-2}
if [[ -z ${VIGIE:-} ]]; then
    "$root/vigie" --version >/dev/null
    VIGIE="$root/artifacts/vigie/vigie"
fi
dotnet build "$root/bench/Vigie.Benchmarks" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
exec flock /tmp/vigie-test.lock dotnet "$root/artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks.dll" serve-ct "$VIGIE" "$entries" "$organisations"
