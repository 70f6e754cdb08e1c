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
dotnet build -c Release bench/Vigie.Benchmarks -v quiet -clp:ErrorsOnly
bench=artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks
"$bench" findings-fill sqlite
"$bench" findings-fill postgres
"$bench" --filter '*FindingListBenchmarks*' --job short --inProcess --artifacts artifacts/bench/findings "$@"
