#!/usr/bin/env bash
# Sourced by scripts/test.sh and .ci/run: starts a private PostgreSQL cluster on 127.0.0.1 for the
# database tests, from the machine's own PostgreSQL binaries (Debian: apt-get install postgresql),
# and exports the connection string that @backstage/backend-test-utils' TestDatabases reads.
# The packaged system service is never used: it does not start in containers without systemd.

pp_find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then
      echo "$dir"
      return 0
    fi
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
  return 1
}

# pp_start_postgres: starts the cluster (unless the connection string is already set) and arranges
# for it to stop when the calling shell exits.
pp_start_postgres() {
  if [ -n "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
    return 0
  fi
  local bin
  bin="$(pp_find_pg_bin)" || return 1
  local port="${PP_PG_PORT:-5433}"
  local base
  base="$(mktemp -d /tmp/pp-postgres.XXXXXX)"
  chmod 755 "$base"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root; the Debian package creates the postgres user.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$base"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$base/data" -U postgres --auth=trust -E UTF8 >"$base/initdb.log" 2>&1 ||
    { cat "$base/initdb.log" >&2; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w \
    -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null ||
    { cat "$base/postgres.log" >&2; return 1; }
  PP_PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$base/data" -m fast stop)
  trap 'pp_stop_postgres' EXIT
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="postgresql://postgres@127.0.0.1:$port"
  printf '\033[1;34m[platform-product]\033[0m PostgreSQL %s running on 127.0.0.1:%s for the database tests\n' \
    "$("$bin/postgres" --version | awk '{print $3}')" "$port" >&2
}

pp_stop_postgres() {
  if [ -n "${PP_PG_STOP:-}" ]; then
    "${PP_PG_STOP[@]}" >/dev/null 2>&1 || true
    PP_PG_STOP=()
  fi
}
