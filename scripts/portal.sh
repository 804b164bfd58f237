#!/usr/bin/env bash
# Starts the portal (yarn start: frontend on :3000, backend on :7007, embedded SQLite) and loads the
# DEMO metric history of the example organisation through the public ingest API once the backend is
# up, then keeps pushing its newest buckets every five minutes, as a real pusher would. Used by scripts/start.sh and by the browser tests (playwright.config.ts); expects
# scripts/bootstrap.sh to have been sourced and dependencies installed.
#
# The demo loader authenticates with a static token that only this run knows: it is generated here
# and handed to the backend through Backstage's APP_CONFIG_ environment override.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PP_DEMO_TOKEN="${PP_DEMO_TOKEN:-$(node -e "process.stdout.write(require('node:crypto').randomBytes(24).toString('hex'))")}"
export APP_CONFIG_backend_auth_externalAccess="[{\"type\":\"static\",\"options\":{\"token\":\"$PP_DEMO_TOKEN\",\"subject\":\"platform-product-demo-loader\"}}]"

yarn start &
portal=$!

# Loads the history, then keeps pushing the newest 5-minute buckets while the portal runs.
yarn workspace demo-data load --follow &
loader=$!
trap 'kill $portal $loader 2>/dev/null || true' EXIT INT TERM
wait $portal
