#!/usr/bin/env bash
# The adopter check: installs the suite into fresh Backstage apps exactly as the README tells an
# adopter, and checks that it works there.
#
#   ./scripts/adopter-check.sh [legacy|nfs|both]      (default: both)
#
# For each app: `@backstage/create-app` from the registry (nfs: the default app, new frontend system;
# legacy: `--legacy`), the wiring of docs/install/snippets.yaml (the README's snippets) with our
# packages from tarballs (scripts/adopter/pack.sh), `yarn install`, `yarn tsc`, `yarn build:all`,
# then the backend (embedded SQLite, the example organisation through examples/adopter.yaml) serving
# the built app: `/api/platform-product/platforms` must list the example platforms, and Chromium
# opens an entity page with the Platform tab, a service page, the deprecations, roadmap and platforms
# pages without a console error (scripts/adopter/browser.mjs). Ends with the time of every step.
#
# Everything happens under PP_ADOPTER_DIR (default /tmp/platform-product-adopter), which is emptied
# first, so it is safe to run again; the processes it starts are stopped on exit. Screenshots go to
# $PP_ADOPTER_DIR/screenshots/<app>/. scripts/test.sh runs it last when PP_ADOPTER_CHECK=1 (CI).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

# The create-app release that creates a Backstage 1.55 app (its templates carry backstage.json 1.55.0).
CREATE_APP_VERSION="${PP_CREATE_APP_VERSION:-0.9.2}"
apps="${1:-both}"
case "$apps" in
  both) apps=(nfs legacy) ;;
  nfs | legacy) apps=("$apps") ;;
  *) pp_die "usage: scripts/adopter-check.sh [legacy|nfs|both]" ;;
esac

work="${PP_ADOPTER_DIR:-/tmp/platform-product-adopter}"
tarballs="$work/tarballs"
examples="$PP_ROOT/examples"
snippets="$PP_ROOT/scripts/adopter/snippets.mjs"
backend_pid=""
timings=()

stop_backend() {
  if [ -n "$backend_pid" ] && kill -0 "$backend_pid" 2>/dev/null; then
    kill -TERM -- "-$backend_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$backend_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$backend_pid" 2>/dev/null || true
  fi
  backend_pid=""
}
print_timings() {
  [ ${#timings[@]} -gt 0 ] || return 0
  printf '\n%-8s %-10s %8s\n' app step seconds >&2
  printf '%s\n' "${timings[@]}" | awk '{ printf "%-8s %-10s %8s %s\n", $1, $2, $3, $4; t[$1] += $3 } END { for (a in t) printf "%-8s %-10s %8s\n", a, "total", t[a] }' >&2
}
trap 'stop_backend; print_timings' EXIT

# step <app> <name> <command…>: runs the command, logging to $work/logs/<app>-<name>.log, and times it.
step() {
  local app="$1" name="$2"
  shift 2
  local log="$work/logs/$app-$name.log" started=$SECONDS
  pp_log "$app: $name"
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    pp_log "$app: $name FAILED (the whole log: $log)"
    timings+=("$app $name $((SECONDS - started)) FAILED")
    return 1
  fi
  timings+=("$app $name $((SECONDS - started))")
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

cd "$PP_ROOT"
rm -rf "$work"
mkdir -p "$work/logs" "$work/apps"

# examples/adopter.yaml is examples/all.yaml without the demo's guest user.
node -e '
  const { parse } = require("yaml"), fs = require("fs");
  const targets = f => parse(fs.readFileSync(`examples/${f}`, "utf8")).spec.targets;
  const want = targets("all.yaml").filter(t => t !== "./guest.yaml").join(" ");
  if (targets("adopter.yaml").join(" ") !== want) {
    console.error("examples/adopter.yaml must list the targets of examples/all.yaml but ./guest.yaml:", want);
    process.exit(1);
  }'
node "$snippets" render --check

step all pack ./scripts/adopter/pack.sh "$tarballs" || exit 1

# The app is installed the way an adopter's machine would: the registry npm names, the app's own
# .yarnrc.yml (a lockfile is written, so immutable installs, which yarn turns on under CI, are off).
export YARN_ENABLE_IMMUTABLE_INSTALLS=false

create_app() {
  local kind="$1" dir="$2" flags=()
  [ "$kind" = legacy ] && flags=(--legacy)
  (cd "$work/apps" && BACKSTAGE_APP_NAME="adopter-$kind" \
    npx --yes "@backstage/create-app@$CREATE_APP_VERSION" "${flags[@]}" --path "$dir" --skip-install)
}

wait_for_platforms() {
  local base="$1" token body
  for _ in $(seq 1 180); do
    if ! kill -0 "$backend_pid" 2>/dev/null; then
      echo "the backend stopped"
      return 1
    fi
    token="$(curl -fsS -H 'X-Requested-With: XMLHttpRequest' "$base/api/auth/guest/refresh" 2>/dev/null |
      node -e 'try { console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).backstageIdentity.token) } catch {}')" || true
    if [ -n "$token" ]; then
      body="$(curl -fsS -H "Authorization: Bearer $token" "$base/api/platform-product/platforms" 2>/dev/null)" || true
      if printf '%s' "$body" | grep -q '"system:default/deploy-platform"\|"name":"deploy-platform"'; then
        printf '%s' "$body" | node -e '
          const body = JSON.parse(require("fs").readFileSync(0, "utf8"));
          const platforms = body.platforms ?? body.items ?? body;
          console.log(`GET /api/platform-product/platforms: ${platforms.length} platforms`);'
        return 0
      fi
    fi
    sleep 2
  done
  echo "no example platform in /api/platform-product/platforms after 6 minutes; last answer: ${body:-none}"
  return 1
}

# One app, step by step; the first failing step ends it (the next app is still checked).
check_app() {
  local kind="$1" dir="$work/apps/$1" port base
  step "$kind" create create_app "$kind" "$dir" || return 1
  step "$kind" wire node "$snippets" apply --app "$dir" --kind "$kind" --tarballs "$tarballs" --examples "$examples" || return 1
  step "$kind" install bash -c "cd '$dir' && yarn install" || return 1
  step "$kind" tsc bash -c "cd '$dir' && yarn tsc" || return 1
  step "$kind" build bash -c "cd '$dir' && yarn build:all" || return 1

  # The backend serves the built app and the API on one free port; embedded SQLite in memory (the
  # stock app-config.yaml's database), the example organisation from examples/adopter.yaml.
  port="$(free_port)"
  base="http://localhost:$port"
  printf 'app:\n  baseUrl: %s\nbackend:\n  baseUrl: %s\n  listen:\n    port: %s\n  cors:\n    origin: %s\n' \
    "$base" "$base" "$port" "$base" >"$dir/app-config.local.yaml"
  (cd "$dir" && exec setsid yarn workspace backend start) >"$work/logs/$kind-backend.log" 2>&1 &
  backend_pid=$!
  step "$kind" start wait_for_platforms "$base" || return 1
  step "$kind" browser node "$PP_ROOT/scripts/adopter/browser.mjs" "$base" "$work/screenshots/$kind" || return 1
  pp_log "$kind: the suite works in a fresh create-app app"
}

failed=()
for kind in "${apps[@]}"; do
  check_app "$kind" || failed+=("$kind")
  stop_backend
done
[ ${#failed[@]} -eq 0 ] || pp_die "the adopter check failed for: ${failed[*]} (logs in $work/logs)"
pp_log "the adopter check passed for: ${apps[*]}"
