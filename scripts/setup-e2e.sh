#!/usr/bin/env bash
# Installs what the real-client test layers need (npm run setup:e2e). Idempotent; safe to re-run.
#   - Debian packages: chromium (Playwright drives it), neovim (headless LSP client), fonts-wqy-microhei (a CJK
#     font, so the Chinese UI run's screenshots show characters, not boxes), and libkrb5-dev, pkg-config, ripgrep
#     (needed to install code-server from npm).
#   - code-server 4.100.3 (VS Code 1.100.3 web + Node extension host) into test/e2e/cs/node_modules, from the
#     committed test/e2e/cs/package-lock.json. Pinned: newer code-server needs Node 22.
# Works offline except for the Debian repositories and the npm registry: nothing downloads its own binaries.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CS_DIR="$ROOT/test/e2e/cs"
CS_VERSION=4.100.3
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -E"; else echo "setup-e2e: not root and no sudo; apt-get will fail" >&2; fi
fi

# 1. OS packages, only the missing ones.
need=""
for p in chromium neovim fonts-wqy-microhei libkrb5-dev pkg-config ripgrep; do
  dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
  echo "setup-e2e: apt-get install$need"
  timeout 600 $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  timeout 900 $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
else
  echo "setup-e2e: Debian packages present (chromium, neovim, fonts-wqy-microhei, libkrb5-dev, pkg-config, ripgrep)"
fi

# 2. code-server from npm, already installed at the pinned version with its native modules built? Then done.
installed_version() { node -p "try { require('$CS_DIR/node_modules/code-server/package.json').version } catch { '' }" 2>/dev/null; }
PTY="$CS_DIR/node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node"
if [ -e "$PTY" ] && [ "$(installed_version)" = "$CS_VERSION" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  echo "setup-e2e: code-server $CS_VERSION already installed in test/e2e/cs"
  exit 0
fi

# 3. @vscode/ripgrep's postinstall downloads rg from api.github.com unless its cache holds the archive it wants:
#    seed the cache with Debian's rg (code-server 4.100.3's lib/vscode pins @vscode/ripgrep 1.15.11 -> rg v13.0.0-10).
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) RG_TARGET="" ;;
esac
if [ -n "$RG_TARGET" ]; then
  RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-$RG_TARGET.tar.gz"
  if [ ! -s "$RG_TGZ" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$(command -v rg)" "$tmp/rg"
    mkdir -p "$RG_CACHE"
    tar czf "$RG_TGZ.partial" -C "$tmp" rg && mv "$RG_TGZ.partial" "$RG_TGZ"
    rm -rf "$tmp"
  fi
fi

# 4. npm ci from the committed lockfile. code-server's postinstall refuses root without unsafe-perm (the env var
#    still reaches the script on npm 11), and node-pty's postinstall runs `npx node-gyp`, which an npmrc with
#    yes=false would cancel. Native modules compile here (~35 s).
cd "$CS_DIR"
# node-gyp builds against the installed Node headers instead of downloading them (no network here).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
echo "setup-e2e: installing code-server $CS_VERSION into test/e2e/cs (npm ci)"
timeout 900 npm ci --no-audit --no-fund
if [ ! -e "$PTY" ] || [ "$(installed_version)" != "$CS_VERSION" ]; then
  echo "setup-e2e: code-server install incomplete (missing $PTY or wrong version)" >&2
  exit 1
fi
echo "setup-e2e: code-server $(installed_version) installed in test/e2e/cs"
