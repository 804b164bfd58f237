#!/usr/bin/env bash
# Sourced by scripts/start.sh and scripts/test.sh.
# Makes sure Node.js 22 and Yarn 4 are on PATH, fetching both from the npm registry that npm itself is
# configured with when the machine does not have them, then installs the workspace's dependencies.
# Nothing here names a registry host: the address is read from `npm config get registry` at run time.

set -euo pipefail

PP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PP_TOOLS="${PP_TOOLS_DIR:-$PP_ROOT/.tools}"
export PP_ROOT PP_TOOLS

pp_log() { printf '\033[1;34m[platform-product]\033[0m %s\n' "$*" >&2; }
pp_die() { printf '\033[1;31m[platform-product]\033[0m %s\n' "$*" >&2; exit 1; }

command -v npm >/dev/null 2>&1 || pp_die "npm is not on PATH. Install Node.js 20 or newer (which brings npm) and run this again."

registry="$(cd "$PP_ROOT" && npm config get registry)"
registry="${registry%/}"
export COREPACK_NPM_REGISTRY="$registry"
export YARN_NPM_REGISTRY_SERVER="$registry"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_DEFAULT_TO_LATEST=0
export COREPACK_HOME="$PP_TOOLS/corepack-home"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

pp_ensure_node() {
  local want=22
  if [ "$(node_major)" -ge "$want" ] && [ "$(node_major)" -le 24 ]; then
    return
  fi
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64|arm64) arch=arm64 ;;
    *) pp_die "no Node.js $want package for $(uname -m); install Node.js 22 yourself and run this again." ;;
  esac
  local os
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) pp_die "no Node.js $want package for $(uname -s); install Node.js 22 yourself and run this again." ;;
  esac
  local pkg="node-$os-$arch"
  local dir="$PP_TOOLS/node"
  if [ ! -x "$dir/node_modules/$pkg/bin/node" ]; then
    pp_log "Node.js $(node -v 2>/dev/null || echo none) found; fetching Node.js $want ($pkg) from $registry"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "$pkg@$want" >/dev/null
  fi
  export PATH="$dir/node_modules/$pkg/bin:$PATH"
  # Native modules (better-sqlite3) are compiled against the headers this package ships.
  export npm_config_nodedir="$dir/node_modules/$pkg"
  hash -r
  [ "$(node_major)" -eq "$want" ] || pp_die "could not put Node.js $want on PATH (got $(node -v))."
}

pp_ensure_yarn() {
  local dir="$PP_TOOLS/corepack"
  if [ ! -x "$dir/node_modules/.bin/corepack" ]; then
    pp_log "fetching corepack from $registry"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error corepack@0.34 >/dev/null
  fi
  mkdir -p "$PP_TOOLS/bin"
  "$dir/node_modules/.bin/corepack" enable --install-directory "$PP_TOOLS/bin" yarn
  export PATH="$PP_TOOLS/bin:$PATH"
  hash -r
  (cd "$PP_ROOT" && yarn --version >/dev/null) || pp_die "yarn did not start through corepack; see the output above."
}

pp_install() {
  pp_log "node $(node -v), yarn $(cd "$PP_ROOT" && yarn --version): installing dependencies"
  (cd "$PP_ROOT" && yarn install --immutable)
}

pp_ensure_node
pp_ensure_yarn
