#!/usr/bin/env bash
# The time and memory to build one weekly digest of 200 findings, each with its screenshot and the genuine page's
# (bench/README.md, "digest"). Seeds a temporary SQLite store, then times DigestService.BuildAsync: loading, shrinking
# 400 pictures in headless Chromium, composing the MIME message under the 5 MB limit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dotnet build "$root/bench/Vigie.Benchmarks" -c Release -v quiet -clp:ErrorsOnly >/dev/null
/usr/bin/time -f "process: %e s wall, max RSS %M kB" dotnet "$root/artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks.dll" digest "${1:-200}"
