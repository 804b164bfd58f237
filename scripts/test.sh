#!/usr/bin/env bash
# Installs everything and runs the whole test suite: type check, lint, formatting, unit and database
# tests, then the browser tests against a freshly started portal in Chromium.
#
# Database tests run on SQLite, and on PostgreSQL too when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
# is set or PostgreSQL's binaries are installed (a private cluster is then started for the run).
#
# Chromium comes from the operating system, never from a download: when it is missing and this runs
# as root on Debian or Ubuntu, it is installed with apt-get; otherwise the script says what to do.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"

pp_ensure_chromium() {
  local chromium="${PP_CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$chromium" ]; then
    export PP_CHROMIUM_PATH="$chromium"
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    pp_log "Chromium is missing: installing Debian's chromium package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
    export PP_CHROMIUM_PATH=/usr/bin/chromium
    return
  fi
  pp_die "the browser tests need Chromium at $chromium. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set PP_CHROMIUM_PATH to a Chromium binary, then run this again."
}

pp_install
pp_ensure_chromium
cd "$PP_ROOT"

# Jest's cache would otherwise grow in /tmp without bound.
export JEST_CACHE_DIR="${JEST_CACHE_DIR:-$PP_ROOT/node_modules/.cache/jest}"
# There is no Docker engine to start databases in: PostgreSQL comes from the connection string.
export BACKSTAGE_TEST_DISABLE_DOCKER=1
pp_start_postgres || pp_log "PostgreSQL is not installed: database tests run on SQLite only"

pp_log "type check (yarn tsc)"
yarn tsc

pp_log "lint (yarn lint:all)"
yarn lint:all

pp_log "formatting (yarn prettier:check)"
yarn prettier:check

pp_log "the README's install snippets are those the adopter check applies (docs/install/snippets.yaml)"
node scripts/adopter/snippets.mjs render --check

pp_log "packages are publishable (backstage-cli repo fix --publish --check)"
yarn backstage-cli repo fix --publish --check

pp_log "public API unchanged (API reports, after yarn tsc; regenerate with yarn build:api-reports) and changesets valid"
yarn check:api-reports
node scripts/check-changesets.mjs

if [ -n "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  pp_log "unit and database tests, on SQLite and PostgreSQL"
else
  pp_log "unit and database tests, on SQLite (set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING to add PostgreSQL)"
fi
CI=true yarn backstage-cli repo test --cacheDirectory "$JEST_CACHE_DIR"

if [ -n "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  pp_log "production build: the backend built for production serves against PostgreSQL (scripts/production-check.sh)"
  ./scripts/production-check.sh
else
  pp_log "production check skipped: it needs PostgreSQL (set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)"
fi

pp_log "browser tests (Playwright in $PP_CHROMIUM_PATH against the portal)"
yarn playwright test

# PP_ADOPTER_CHECK=1: the README's install into fresh create-app apps (docs/development.md#the-adopter-check).
[ "${PP_ADOPTER_CHECK:-0}" != 1 ] || ./scripts/adopter-check.sh "${PP_ADOPTER_APPS:-both}"

pp_log "all tests passed; browser screenshots are in e2e-screenshots/"
