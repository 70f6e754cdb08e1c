#!/usr/bin/env bash
# Stops a benchmark, naming the file, when something it reads from the project's shared folder (../shared beside
# the checkout, not part of the repository: bench/README.md, "Data outside the repository") is absent.
# usage: bench/need-shared.sh PATH...      (paths relative to ../shared, e.g. bench/with-local-dns.sh)
set -euo pipefail
shared="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared"
for path in "$@"; do
    if [[ ! -e $shared/$path ]]; then
        echo "benchmark needs ../shared/$path (the project's shared folder beside the checkout), not found at $shared/$path" >&2
        exit 2
    fi
done
