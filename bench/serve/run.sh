#!/bin/sh
# `vigie serve` under load with 100,000 findings, on SQLite and on a PostgreSQL started here (bench/postgres.sh):
# the findings page (session cookie) and the findings API (Bearer token) with wrk at 1 and at 32 connections, and
# the memory of the server at rest with an organisation watching 1,000 domains. Prints Markdown rows; results:
# bench/README.md, "serve".
# Usage: [VIGIE_JIT=1] bench/serve/run.sh [SECONDS]
# (each wrk run lasts SECONDS, default 10; everything stays on 127.0.0.1)
# Run as root or as a user who may run initdb; as root, PostgreSQL runs as the "postgres" user.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-10}
root=$(pwd)
dotnet build bench/Vigie.Benchmarks -c Release -v quiet -clp:ErrorsOnly >/dev/null
# The Native AOT binary through ./vigie (published if the sources changed); VIGIE_JIT=1 runs the Release JIT build of
# vigie-serve, which runs `serve` and `user` (what `vigie serve` and `vigie user` hand over to).
# $vigie is split into words on purpose (the checkout's path must hold no space), so that $! is the server itself.
if [ "${VIGIE_JIT:-}" = 1 ]; then
    dotnet build src/Vigie.Serve -c Release -v quiet -clp:ErrorsOnly >/dev/null
    vigie="dotnet $root/artifacts/bin/Vigie.Serve/release/vigie-serve.dll"
else
    ./vigie --version >/dev/null
    vigie=$root/artifacts/vigie/vigie
fi
seed() { dotnet "$root/artifacts/bin/Vigie.Benchmarks/release/Vigie.Benchmarks.dll" seed-findings "$@"; }

. bench/postgres.sh
dir=$(mktemp -d /tmp/vigie-bench-serve.XXXXXX)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    postgres_stop
    rm -rf "$dir"
}
postgres_start 55440
trap cleanup EXIT

password=bench-serve-password
kb() { awk -v k="$1" '$1 == k":" { print $2 }' "$2"; }
mib() { awk -v v="$1" 'BEGIN { printf "%.1f", v / 1024 }'; }
# Memory of the server: RSS from /proc/PID/status, PSS from /proc/PID/smaps_rollup (shared pages split).
memory() { echo "| $1 | $2 | $(mib "$(kb VmRSS /proc/$server/status)") | $(mib "$(kb Pss /proc/$server/smaps_rollup)") | $(cut -d' ' -f1-3 /proc/loadavg) |" >>"$dir/memory.md"; }
csrf() { sed -n 's/.*name="__csrf" value="\([^"]*\)".*/\1/p' | head -1; }

run() { # NAME DB PORT
    name=$1 db=$2 port=$3 url=http://127.0.0.1:$3
    echo "seeding $name..." >&2
    seed "$db" 1000 >&2
    printf '%s\n' "$password" | $vigie user add bench --admin --db "$db" >&2
    mkdir -p "$dir/$name"
    printf 'data: %s\n' "$dir/$name" >"$dir/$name.yaml"
    $vigie serve --config "$dir/$name.yaml" --db "$db" --urls "$url" >"$dir/$name.log" 2>&1 &
    server=$!
    i=0
    until curl -sf "$url/health" >/dev/null; do
        i=$((i + 1)); [ $i -gt 300 ] && { cat "$dir/$name.log" >&2; exit 1; }; sleep 0.1
    done
    sleep 10
    memory "$name" "at rest (started, 10 s idle)"

    jar="$dir/$name.jar"
    token=$(curl -sf -c "$jar" "$url/signin" | csrf)
    curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "name=bench" --data-urlencode "password=$password" \
        --data-urlencode "__csrf=$token" "$url/signin"
    cookie=$(awk '$6 == "vigie.auth" { print $6 "=" $7 }' "$jar")
    token=$(curl -sf -b "$jar" -c "$jar" "$url/users" | csrf)
    secret=$(curl -sf -b "$jar" -c "$jar" --data-urlencode "name=bench-$name" --data-urlencode "scope=read" \
        --data-urlencode "__csrf=$token" "$url/tokens" | grep -o 'vigie_[A-Za-z0-9_-]*' | head -1)
    [ -n "$cookie" ] && [ -n "$secret" ] || { echo "sign-in or token creation failed" >&2; exit 1; }
    # Both targets must answer 200 with the findings before they are timed (a redirect to /signin would be fast).
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url/findings")" = 200 ] || { echo "findings page refused" >&2; exit 1; }
    curl -sf -H "Authorization: Bearer $secret" "$url/api/v1/findings" | grep -q '"total":100000' || { echo "API without 100000 findings" >&2; exit 1; }

    for what in page api; do
        if [ $what = page ]; then path=/findings header="Cookie: $cookie"; else path=/api/v1/findings header="Authorization: Bearer $secret"; fi
        for connections in 1 32; do
            threads=$((connections > 1 ? 2 : 1))
            WRK_HEADER=$header WRK_DB=$name WRK_WHAT="$what ($path)" WRK_CONNECTIONS=$connections WRK_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)" \
                wrk -t$threads -c$connections -d"${seconds}s" --timeout 10s --latency -s bench/serve/load.lua "$url$path" | tail -1 >>"$dir/load.md"
        done
    done
    sleep 10
    memory "$name" "after the load (10 s idle)"
    kill "$server"; wait "$server" || true; server=
}

run sqlite "$dir/vigie.db" 18091
run postgres "$POSTGRES" 18092

echo "| database | target | connections | p50 ms | p95 ms | p99 ms | requests/s | requests | errors / non-2xx | load average (1, 5, 15 min) |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
cat "$dir/load.md"
echo
echo "| database | when | RSS MiB | PSS MiB | load average |"
echo "|---|---|---:|---:|---|"
cat "$dir/memory.md"
