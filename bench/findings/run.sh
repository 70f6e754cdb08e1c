#!/bin/sh
# The findings list over 100,000 findings on SQLite and on a PostgreSQL started here (bench/postgres.sh), measured
# with BenchmarkDotNet's short job. Results: bench/README.md, "findings".
# Run as root or as a user who may run initdb; as root, PostgreSQL runs as the "postgres" user.
set -eu
cd "$(dirname "$0")/../.."
. bench/postgres.sh
postgres_start 55439
trap postgres_stop EXIT
export VIGIE_BENCH_POSTGRES="$POSTGRES"
dotnet run -c Release --project bench/Vigie.Benchmarks -- --filter '*FindingListBenchmarks*' --job short --inProcess --artifacts artifacts/bench/findings "$@"
