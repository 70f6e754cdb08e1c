#!/bin/sh
# The findings list over 100,000 findings on SQLite and on a PostgreSQL started here (initdb in a temporary folder,
# loopback only, fsync off as in the tests), measured with BenchmarkDotNet's short job. Results: bench/README.md, "findings".
# Run as root or as a user who may run initdb; as root, PostgreSQL runs as the "postgres" user.
set -eu
cd "$(dirname "$0")/../.."
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/vigie-bench-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
port=55439
as_pg "$bin/initdb" -D "$dir/data" -A trust -U vigie -E UTF8 --no-sync >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
trap 'as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null; rm -rf "$dir"' EXIT
export VIGIE_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=vigie;Database=postgres"
dotnet run -c Release --project bench/Vigie.Benchmarks -- --filter '*FindingListBenchmarks*' --job short --inProcess --artifacts artifacts/bench/findings "$@"
