#!/usr/bin/env bash
# Starts the portal (yarn start: frontend on :3000, backend on :7007, embedded SQLite) and loads the
# DEMO metric history of the example organisation through the public ingest API once the backend is
# up, then keeps pushing its newest buckets every five minutes, as a real pusher would. Used by
# scripts/start.sh and by the browser tests (playwright.config.ts); expects scripts/bootstrap.sh to
# have been sourced and dependencies installed.
#
# When prometheus and promtool are installed (PATH or /usr/bin; PP_PROMETHEUS_BIN and
# PP_PROMTOOL_BIN override, and pointing them nowhere switches it off), the DEMO Prometheus starts
# first, on 127.0.0.1:9090 (PP_DEMO_PROMETHEUS_PORT; another free port when it is taken), with the
# Observability Platform's SLI series, and the backend's Prometheus module pulls that platform's
# SLOs from it. Without them the portal starts as before, and that platform's Data sources section
# says how to enable it (platformProduct.prometheus.noServerHint in app-config.yaml).
#
# The demo loader authenticates with a static token that only this run knows: it is generated here
# and handed to the backend through Backstage's APP_CONFIG_ environment override, as is the demo
# Prometheus's address.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '\033[1;34m[platform-product]\033[0m %s\n' "$*" >&2; }

export PP_DEMO_TOKEN="${PP_DEMO_TOKEN:-$(node -e "process.stdout.write(require('node:crypto').randomBytes(24).toString('hex'))")}"
export APP_CONFIG_backend_auth_externalAccess="[{\"type\":\"static\",\"options\":{\"token\":\"$PP_DEMO_TOKEN\",\"subject\":\"platform-product-demo-loader\"}}]"

portal="" loader="" prometheus=""
stop() {
  trap - EXIT INT TERM
  kill $portal $loader $prometheus 2>/dev/null || true
  # The demo Prometheus removes its data when it stops: let it.
  [ -z "$prometheus" ] || wait "$prometheus" 2>/dev/null || true
}
trap stop EXIT INT TERM

# The demo Prometheus: it writes its address to the ready file once it answers, or exits at once,
# saying how to install it, when prometheus or promtool is missing.
ready="$(mktemp /tmp/pp-demo-prometheus.XXXXXX)"
yarn workspace demo-data prometheus --ready-file "$ready" &
prometheus=$!
while [ ! -s "$ready" ] && kill -0 "$prometheus" 2>/dev/null; do sleep 0.5; done
if [ -s "$ready" ]; then
  export APP_CONFIG_platformProduct_prometheus_servers="[{\"id\":\"demo\",\"baseUrl\":\"$(cat "$ready")\"}]"
else
  # Without prometheus it has said how to install it, in one line.
  wait "$prometheus" || log "the demo Prometheus did not start (see above): starting without it"
  prometheus=""
fi
rm -f "$ready"

yarn start &
portal=$!

# Loads the history, then keeps pushing the newest 5-minute buckets while the portal runs.
yarn workspace demo-data load --follow &
loader=$!
wait $portal
