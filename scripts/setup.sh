#!/usr/bin/env bash
# Installs what the project needs on a fresh machine of its kind (Debian with the .NET SDK).
# Usage: scripts/setup.sh run|test. Idempotent: already-present tools are not installed again.
set -euo pipefail
mode=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)

need_apt=()
have() { command -v "$1" >/dev/null 2>&1; }

if ! have dotnet; then
  echo "setup: the .NET 10 SDK is required (dotnet on PATH); this machine kind ships it." >&2
  exit 1
fi

if [ "$mode" = "test" ]; then
  have chromium || need_apt+=(chromium)
  have node || need_apt+=(nodejs npm)
  [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -f "$root/scripts/setup-web.sh" ]; then
  bash "$root/scripts/setup-web.sh" "$mode"
fi
