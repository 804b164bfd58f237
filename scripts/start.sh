#!/usr/bin/env bash
# Installs everything and starts the portal (frontend on http://localhost:3000, backend on :7007)
# with the Acme example organisation on the embedded SQLite database, and loads 90 days of DEMO
# metrics for its platforms through the public ingest API.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pp_install
cd "$PP_ROOT"
pp_log "starting the portal: open http://localhost:3000 once the frontend says it is ready (about a minute)"
exec scripts/portal.sh
