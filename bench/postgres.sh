# Sourced by the bench scripts: `postgres_start PORT` runs a throwaway PostgreSQL (initdb in a temporary folder,
# trust authentication, listening on 127.0.0.1 only, fsync off as in the tests) and sets POSTGRES to its connection
# string; `postgres_stop` stops it and removes the folder. As root, PostgreSQL runs as the "postgres" user.
postgres_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

postgres_start() {
    postgres_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    postgres_dir=$(mktemp -d /tmp/vigie-bench-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$postgres_dir"
    postgres_as "$postgres_bin/initdb" -D "$postgres_dir/data" -A trust -U vigie -E UTF8 --no-sync >/dev/null
    postgres_as "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/log" -w \
        -o "-p $1 -k $postgres_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    POSTGRES="Host=127.0.0.1;Port=$1;Username=vigie;Database=postgres"
}

postgres_stop() {
    postgres_as "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -m fast stop >/dev/null 2>&1
    rm -rf "$postgres_dir"
}
