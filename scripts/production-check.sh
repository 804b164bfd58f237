#!/usr/bin/env bash
# Builds the backend for production and runs the built output the way the Docker image does
# (packages/backend/Dockerfile): NODE_ENV=production, app-config.yaml + app-config.production.yaml,
# against a real PostgreSQL. Then checks that it is healthy, that a static token reads the API, that
# there is no demo sign-in, and that error bodies carry no stack trace. Exits non-zero, saying what
# failed, on any problem; stops the backend and drops the databases it created.
#
# PostgreSQL: POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD, or else
# BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (postgresql://user[:password]@host:port), as
# .ci/run and scripts/test.sh set it. The user must be allowed to create databases: the backend
# creates its own, named pp_check_<random>_<plugin>.
#
# The production dependencies come from the workspace's node_modules instead of the image's
# `yarn workspaces focus --all --production`, so the check needs no network; the code is the build
# output (dist/skeleton.tar.gz and dist/bundle.tar.gz), as in the image.
#
# Usage: ./scripts/production-check.sh [--skip-build]
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$PP_ROOT"

START_TIMEOUT_SECONDS="${PP_CHECK_START_TIMEOUT:-180}"
BUILD_TIMEOUT_SECONDS="${PP_CHECK_BUILD_TIMEOUT:-1200}"

fail() { pp_die "production check failed: $*"; }

# --- PostgreSQL from the environment -------------------------------------------------------------
if [ -z "${POSTGRES_HOST:-}" ] && [ -n "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  url="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING#*://}"
  url="${url%%/*}"
  credentials=""
  [[ "$url" == *@* ]] && credentials="${url%@*}"
  hostport="${url##*@}"
  export POSTGRES_USER="${credentials%%:*}"
  [[ "$credentials" == *:* ]] && export POSTGRES_PASSWORD="${credentials#*:}"
  export POSTGRES_HOST="${hostport%%:*}"
  [[ "$hostport" == *:* ]] && export POSTGRES_PORT="${hostport##*:}"
fi
[ -n "${POSTGRES_HOST:-}" ] ||
  pp_die "set POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER and POSTGRES_PASSWORD (or BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING) to a PostgreSQL the check may create databases on"
export POSTGRES_PORT="${POSTGRES_PORT:-5432}" POSTGRES_USER="${POSTGRES_USER:-postgres}"
export POSTGRES_DATABASE_PREFIX="pp_check_$(node -p 'require("crypto").randomBytes(4).toString("hex")')_"
export PLATFORM_PRODUCT_METRICS_TOKEN="$(node -p 'require("crypto").randomBytes(24).toString("hex")')"

# --- Build -----------------------------------------------------------------------------------------
if [ "${1:-}" != "--skip-build" ]; then
  if [ ! -d dist-types ]; then
    pp_log "type declarations for the build (yarn tsc)"
    yarn tsc || fail "yarn tsc"
  fi
  pp_log "building the backend for production (yarn build:backend)"
  timeout "$BUILD_TIMEOUT_SECONDS" yarn build:backend || fail "yarn build:backend did not succeed within ${BUILD_TIMEOUT_SECONDS}s"
fi
# Everything packages/backend/Dockerfile copies into the image must exist now.
while read -r -a copy; do
  sources=()
  for word in "${copy[@]:1}"; do [[ "$word" == --* ]] || sources+=("$word"); done
  unset 'sources[${#sources[@]}-1]'
  for source in "${sources[@]}"; do
    compgen -G "$source" >/dev/null || fail "$source is missing after the build; packages/backend/Dockerfile copies it"
  done
done < <(grep -E '^COPY ' packages/backend/Dockerfile)

# --- Stage the build output as the image lays it out (/app) --------------------------------------
stage="$(mktemp -d /tmp/pp-production-check.XXXXXX)"
backend_pid=""

pg_query() {
  # Runs SQL on the server's postgres database with the pg driver of the workspace.
  (cd "$PP_ROOT" && PGSQL="$1" node -e '
    const { Client } = require("pg");
    const client = new Client({ host: process.env.POSTGRES_HOST, port: Number(process.env.POSTGRES_PORT),
      user: process.env.POSTGRES_USER, password: process.env.POSTGRES_PASSWORD, database: "postgres" });
    client.connect()
      .then(() => client.query(process.env.PGSQL))
      .then(result => { for (const row of result.rows) console.log(Object.values(row).join("\t")); })
      .finally(() => client.end())
      .catch(error => { console.error(error.message); process.exit(1); });')
}

cleanup() {
  local status=$?
  if [ -n "$backend_pid" ] && kill -0 "$backend_pid" 2>/dev/null; then
    kill -TERM "$backend_pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$backend_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$backend_pid" 2>/dev/null || true
  fi
  local databases
  databases="$(pg_query "select datname from pg_database where datname like '${POSTGRES_DATABASE_PREFIX}%'" 2>/dev/null || true)"
  for database in $databases; do
    pg_query "drop database if exists \"$database\"" >/dev/null 2>&1 || pp_log "could not drop database $database"
  done
  if [ "$status" -ne 0 ] && [ -f "$stage/backend.log" ]; then
    pp_log "the last lines the backend logged (readiness probes left out):"
    grep -v '/.backstage/health/v1/readiness' "$stage/backend.log" | tail -n 40 >&2 || true
  fi
  rm -rf "$stage"
  exit "$status"
}
trap cleanup EXIT

tar xzf packages/backend/dist/skeleton.tar.gz -C "$stage"
tar xzf packages/backend/dist/bundle.tar.gz -C "$stage"
cp app-config.yaml app-config.production.yaml "$stage/"
ln -s "$PP_ROOT/examples" "$stage/examples"
# node_modules: the workspace's packages, except that links into packages/ and plugins/ resolve to
# the staged build output instead of the sources.
mkdir "$stage/node_modules"
for entry in node_modules/* node_modules/.bin; do
  name="${entry#node_modules/}"
  if [[ "$name" == @* ]] && [ -n "$(find "$entry" -mindepth 1 -maxdepth 1 -type l -lname '../../*' -print -quit)" ]; then
    mkdir "$stage/node_modules/$name"
    for scoped in "$entry"/*; do
      if [ -L "$scoped" ] && [[ "$(readlink "$scoped")" == ../../* ]]; then
        cp -P "$scoped" "$stage/node_modules/$name/"
      else
        ln -s "$PP_ROOT/$scoped" "$stage/node_modules/$name/"
      fi
    done
  elif [ -L "$entry" ] && [[ "$(readlink "$entry")" == ../* ]]; then
    cp -P "$entry" "$stage/node_modules/"
  else
    ln -s "$PP_ROOT/$entry" "$stage/node_modules/$name"
  fi
done

# --- Start it --------------------------------------------------------------------------------------
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
base="http://127.0.0.1:$port"
export APP_BASE_URL="$base"
cat >"$stage/app-config.check.yaml" <<EOF
# Written by scripts/production-check.sh: a free port instead of 7007.
backend:
  listen: ':$port'
EOF
pp_log "starting the built backend with NODE_ENV=production on $base (PostgreSQL $POSTGRES_HOST:$POSTGRES_PORT, databases ${POSTGRES_DATABASE_PREFIX}*)"
(cd "$stage" && NODE_ENV=production NODE_OPTIONS=--no-node-snapshot exec node packages/backend \
  --config app-config.yaml --config app-config.production.yaml --config app-config.check.yaml) \
  >"$stage/backend.log" 2>&1 &
backend_pid=$!

deadline=$((SECONDS + START_TIMEOUT_SECONDS))
until curl -fsS -o /dev/null "$base/.backstage/health/v1/readiness" 2>/dev/null; do
  kill -0 "$backend_pid" 2>/dev/null || fail "the backend exited while starting"
  [ "$SECONDS" -lt "$deadline" ] || fail "the backend was not ready within ${START_TIMEOUT_SECONDS}s"
  sleep 1
done
pp_log "ready: $(curl -fsS "$base/.backstage/health/v1/readiness")"

# --- Checks ----------------------------------------------------------------------------------------
# status_of <out-file> <curl args...>: the HTTP status; the body goes to the file.
status_of() {
  local out="$1"
  shift
  curl -sS -o "$out" -w '%{http_code}' --max-time 20 "$@" || echo "000"
}
# json_check <file> <JavaScript expression over `body`>: fails unless the file is JSON and the expression holds.
json_check() {
  FILE="$1" CHECK="$2" node -e '
    const body = JSON.parse(require("fs").readFileSync(process.env.FILE, "utf8"));
    if (!eval(process.env.CHECK)) { console.error(JSON.stringify(body).slice(0, 500)); process.exit(1); }'
}

status="$(status_of "$stage/health.json" "$base/api/platform-product/health")"
[ "$status" = 200 ] || fail "GET /api/platform-product/health answered $status"
json_check "$stage/health.json" 'body.status === "ok"' || fail "GET /api/platform-product/health did not answer {\"status\":\"ok\"}"

status="$(status_of "$stage/platforms.json" -H "Authorization: Bearer $PLATFORM_PRODUCT_METRICS_TOKEN" "$base/api/platform-product/platforms")"
[ "$status" = 200 ] || fail "GET /api/platform-product/platforms with the static token answered $status: $(head -c 300 "$stage/platforms.json")"
json_check "$stage/platforms.json" 'Array.isArray(body.items)' || fail "GET /api/platform-product/platforms did not answer JSON with items"

status="$(status_of "$stage/anonymous.json" "$base/api/platform-product/platforms")"
[ "$status" = 401 ] || fail "GET /api/platform-product/platforms without a token answered $status, not 401"

status="$(status_of "$stage/catalog.json" -H "Authorization: Bearer $PLATFORM_PRODUCT_METRICS_TOKEN" "$base/api/catalog/entities?limit=1")"
[ "$status" = 403 ] || fail "the metrics token, restricted to platform-product, read the catalog (GET /api/catalog/entities answered $status, not 403)"

for provider in guest example-users; do
  status="$(status_of "$stage/signin.json" -H 'X-Requested-With: XMLHttpRequest' "$base/api/auth/$provider/refresh")"
  [ "$status" = 404 ] || fail "the demo sign-in '$provider' is enabled (GET /api/auth/$provider/refresh answered $status, not 404)"
done

status="$(status_of "$stage/error.json" -X POST -H "Authorization: Bearer $PLATFORM_PRODUCT_METRICS_TOKEN" \
  -H 'Content-Type: application/json' --data '{"points":"not a list"}' "$base/api/platform-product/metrics")"
[ "$status" = 400 ] || fail "a malformed metric batch answered $status, not 400"
json_check "$stage/error.json" 'typeof body.error.message === "string" && body.error.stack === undefined && !/\n\s+at |\/node_modules\//.test(JSON.stringify(body))' ||
  fail "an error body carries a stack trace or file paths"
json_check "$stage/anonymous.json" 'body.error.stack === undefined' || fail "the 401 error body carries a stack trace"

pp_log "production check passed: healthy on PostgreSQL, static token reads the API and nothing else, no demo sign-in, no stack traces in error bodies"
