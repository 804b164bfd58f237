#!/usr/bin/env bash
# Builds every publishable package of this repository and packs it into a folder, one tarball per
# package named after it (<folder>/@platform-product-backstage-plugin-<name>.tgz), for an app to
# install from until a release is on a registry (README: "Install the plugins into your Backstage app").
#
#   ./scripts/adopter/pack.sh <folder>
#
# `yarn pack` turns the `workspace:^` dependencies between our packages into versions (^0.1.0), so
# the app resolves each of them to its tarball through the `resolutions` the README shows.
source "$(dirname "${BASH_SOURCE[0]}")/../bootstrap.sh"
out="${1:?usage: scripts/adopter/pack.sh <folder for the tarballs>}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$PP_ROOT"
[ -d node_modules ] || pp_install

# The publishable packages: every workspace that is not private.
mapfile -t packages < <(yarn workspaces list --json | node -e '
  const lines = require("fs").readFileSync(0, "utf8").trim().split("\n").map(l => JSON.parse(l));
  for (const { location } of lines) {
    const manifest = require(require("path").resolve(location, "package.json"));
    if (location !== "." && !manifest.private) console.log(manifest.name);
  }')
[ ${#packages[@]} -gt 0 ] || pp_die "found no publishable package"
include=()
for p in "${packages[@]}"; do include+=(--include "$p"); done

pp_log "type declarations (yarn tsc), then building ${#packages[@]} packages"
yarn tsc
yarn workspaces foreach --all --parallel --jobs 2 "${include[@]}" run build >/dev/null
pp_log "packing into $out"
yarn workspaces foreach --all --parallel --jobs 2 "${include[@]}" pack --out "$out/%s.tgz" >/dev/null
ls "$out"/*.tgz
