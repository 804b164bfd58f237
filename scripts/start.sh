#!/usr/bin/env bash
# Installs everything and starts the portal (frontend on http://localhost:3000, backend on :7007)
# with the Acme example organisation on the embedded SQLite database, and loads 90 days of DEMO
# metrics for its platforms through the public ingest API. When Prometheus is installed
# (apt-get install prometheus), it also starts a DEMO Prometheus on 127.0.0.1:9090 that the
# Observability Platform's SLOs are pulled from (scripts/portal.sh).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pp_install
cd "$PP_ROOT"
pp_log "starting the portal: open http://localhost:3000 once the frontend says it is ready (about a minute)"
exec scripts/portal.sh
