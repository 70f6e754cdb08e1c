#!/bin/sh
# The investigation queue between `vigie serve --role investigate` workers (issue 15): jobs per second with 1, 2
# and 4 workers on a stand-in job of fixed cost, through the database queue and through NATS JetStream, and the
# overhead per job of each (bench/Vigie.Benchmarks/Cluster/QueueThroughput.cs). A PostgreSQL (bench/postgres.sh) and a
# nats-server with JetStream are started here on loopback. Prints Markdown rows; results: bench/README.md, "cluster".
# Usage: bench/cluster/run.sh [JOBS=400] [COST_MS=50]
set -eu
cd "$(dirname "$0")/../.."
jobs=${1:-400}
cost=${2:-50}
dotnet build bench/Vigie.Benchmarks -c Release -v quiet -clp:ErrorsOnly >/dev/null
. bench/postgres.sh
postgres_start 55439
nats_dir=$(mktemp -d /tmp/vigie-bench-nats.XXXXXX)
nats-server -js -a 127.0.0.1 -p 54222 -sd "$nats_dir" >"$nats_dir/log" 2>&1 &
nats_pid=$!
trap 'kill $nats_pid; wait $nats_pid 2>/dev/null || true; rm -rf "$nats_dir"; postgres_stop' EXIT
sleep 1
dotnet artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks.dll queue-throughput "$POSTGRES" nats://127.0.0.1:54222 "$jobs" "$cost" 1 2 4
