#!/usr/bin/env bash
# Node suites: starts the advisor (echo bot, a throwaway secret and database) on a free loopback
# port, runs `node --test` on tests/node against it, and stops it. Prints node's "# pass N" /
# "# fail N" lines, which scripts/run-tests.sh adds up. With CI=true a missing node is a failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v node >/dev/null 2>&1; then
  echo "run-node-tests: node is not installed (scripts/setup.sh test installs it)" >&2
  if [ "${CI:-}" = "true" ]; then echo "# fail 1"; exit 1; fi
  echo "# skipped 1"; exit 0
fi

if [ ! -d "$root/tests/node/node_modules" ]; then
  (cd "$root/tests/node" && npm ci --no-audit --no-fund --loglevel=error) || { echo "# fail 1"; exit 1; }
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$root/src/SamenOpleiden.Advisor.Host" -c Release -o "$work/host" --nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "# fail 1"; exit 1; }

secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
DirectLine__Bot=echo DirectLine__Secret="$secret" \
  Storage__SqlitePath="$work/node-tests.db" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$work/host/SamenOpleiden.Advisor.Host.dll" --urls http://127.0.0.1:0 >"$work/server.log" 2>&1 &
server_pid=$!

url=""
for _ in $(seq 1 120); do
  url=$(grep -o 'Now listening on: http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 | sed 's/Now listening on: //')
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$url" ]; then
  echo "run-node-tests: the server did not start" >&2; cat "$work/server.log" >&2
  echo "# fail 1"; exit 1
fi

status=0
(cd "$root/tests/node" && DIRECTLINE_URL="$url" DIRECTLINE_SECRET="$secret" timeout 300 node --test --test-concurrency=1 .) || status=1
exit $status
