#!/usr/bin/env bash
# Brings the web parts from the npm registry (no CDN at run time): the pinned Web Chat bundle is
# copied into the Host's wwwroot/lib with brotli and gzip copies, and in test mode the Node test suites' packages
# (DirectLineJS, axe-core for the browser tests) are installed.
# Usage: scripts/setup-web.sh run|test. Idempotent: an up-to-date install is not repeated.
set -euo pipefail
mode=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v npm >/dev/null 2>&1; then
  if [ "$mode" = "test" ]; then
    echo "setup-web: npm is required (scripts/setup.sh test installs it)" >&2
    exit 1
  fi
  echo "setup-web: npm not found; the chat page needs scripts/setup.sh test or 'apt-get install npm' once" >&2
  exit 0
fi

# Installs a folder's locked packages unless node_modules already matches its package-lock.json.
npm_install() {
  local dir=$1
  if [ -f "$dir/node_modules/.package-lock.json" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return 0
  fi
  echo "setup-web: npm ci in ${dir#"$root"/}"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

npm_install "$root/web"
lib="$root/src/SamenOpleiden.Advisor.Host/wwwroot/lib"
mkdir -p "$lib"
# Copied only when changed, so the compressed copies below are made once per Web Chat version.
for file in webchat.js webchat.js.LICENSE.txt; do
  cmp -s "$root/web/node_modules/botframework-webchat/dist/$file" "$lib/$file" || cp "$root/web/node_modules/botframework-webchat/dist/$file" "$lib/$file"
done
# The bundle is 3.9 MB: brotli and gzip copies at the highest level, served to browsers that accept them.
node "$root/scripts/precompress.mjs" "$lib/webchat.js"

if [ "$mode" = "test" ] && [ -f "$root/tests/node/package-lock.json" ]; then
  npm_install "$root/tests/node"
fi
