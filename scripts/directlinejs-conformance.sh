#!/usr/bin/env bash
# Runs Microsoft's own live DirectLineJS tests (tag v0.15.5, __tests__/happy.*) against the advisor's
# /v3/directline with a configured secret and the echo bot. Their code is not part of this repository:
# pass the path of a checkout of microsoft/BotFramework-DirectLineJS at v0.15.5.
#
#   scripts/directlinejs-conformance.sh /path/to/BotFramework-DirectLineJS
#
# The checkout gets its own node_modules and dist (npm ci, npm run build) if it lacks them; the tests
# themselves run from a patched copy in a temporary folder, so the checkout's files stay untouched.
# The copy is patched only where the tests hard-code Azure: the Direct Line domain, the sample files
# they upload (served here from loopback), and `describe.skip` (they were skipped because Microsoft's
# test bot went offline). Streaming Extensions tests (DirectLineStreaming, a different protocol) stay skipped.
# Not part of .ci/run.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
checkout=${1:?usage: scripts/directlinejs-conformance.sh <path to BotFramework-DirectLineJS checkout at v0.15.5>}
checkout=$(cd "$checkout" && pwd)

version=$(node -p "require('$checkout/package.json').version")
if [ "$version" != "0.15.5" ]; then
  echo "conformance: expected DirectLineJS 0.15.5, the checkout is $version" >&2
  exit 2
fi

if [ ! -d "$checkout/node_modules" ]; then
  (cd "$checkout" && npm ci --no-audit --no-fund --loglevel=error) || exit 1
fi
if [ ! -f "$checkout/dist/directline.js" ]; then
  (cd "$checkout" && npm run build) || exit 1
fi

work=$(mktemp -d)
server_pid=""
files_pid=""
cleanup() {
  for pid in $server_pid $files_pid; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

# Two sample files with CORS, standing in for the images the tests upload from an Azure site.
mkdir -p "$work/files"
head -c 20000 /dev/urandom >"$work/files/surface1.jpg"
head -c 12000 /dev/urandom >"$work/files/surface2.jpg"
node -e '
  const http = require("http"), fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.basename(req.url));
    res.setHeader("Access-Control-Allow-Origin", "*");
    // DirectLineJS (rxjs 5 ajax) adds X-Requested-With, so jsdom preflights the download.
    res.setHeader("Access-Control-Allow-Headers", "X-Requested-With");
    if (req.method === "OPTIONS") { res.statusCode = 204; return res.end(); }
    if (!fs.existsSync(file)) { res.statusCode = 404; return res.end(); }
    res.setHeader("Content-Type", "image/jpeg");
    fs.createReadStream(file).pipe(res);
  });
  server.listen(0, "127.0.0.1", () => fs.writeFileSync(path.join(dir, "port"), String(server.address().port)));
' "$work/files" &
files_pid=$!

dotnet build "$root/src/SamenOpleiden.Advisor.Host" -c Release -o "$work/host" --nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
DirectLine__Bot=echo DirectLine__Secret="$secret" DirectLine__AllowedOrigins=http://localhost \
  Storage__SqlitePath="$work/conformance.db" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$work/host/SamenOpleiden.Advisor.Host.dll" --urls http://127.0.0.1:0 >"$work/server.log" 2>&1 &
server_pid=$!

url=""
for _ in $(seq 1 120); do
  url=$(grep -o 'Now listening on: http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 | sed 's/Now listening on: //')
  [ -n "$url" ] && [ -f "$work/files/port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$url" ]; then
  echo "conformance: the advisor did not start" >&2; cat "$work/server.log" >&2; exit 1
fi
files="http://127.0.0.1:$(cat "$work/files/port")"

# The patched copy of the tests.
copy="$work/dljs"
mkdir -p "$copy"
cp -r "$checkout/__tests__" "$checkout/src" "$checkout/dist" "$checkout/package.json" "$checkout/jest.config.js" \
  "$checkout/babel.config.json" "$checkout/tsconfig.json" "$copy/"
ln -s "$checkout/node_modules" "$copy/node_modules"
sed -i \
  -e "s|const DEFAULT_DOMAIN = 'https://directline.botframework.com/v3/directline';|const DEFAULT_DOMAIN = process.env.DIRECT_LINE_DOMAIN;|" \
  -e "s|let options = { webSocket: false };|let options = { webSocket: false, domain: DEFAULT_DOMAIN };|" \
  "$copy/__tests__/setup/createDirectLine.js"
for test in "$copy"/__tests__/happy.*.js; do
  case "$(basename "$test")" in
    happy.dlstreamConnection.js|happy.receiveAttachmentStreams.js|happy.uploadAttachmentStreams.js) continue ;;
  esac
  sed -i \
    -e "s|describe.skip(|describe(|" \
    -e "s|test('using Streaming Extensions'|test.skip('using Streaming Extensions'|" \
    -e "s|https://webchat-mockbot.azurewebsites.net/public/assets/|$files/|g" \
    "$test"
done

echo "conformance: DirectLineJS 0.15.5 happy-path tests against $url/v3/directline"
cd "$copy" && DIRECT_LINE_SECRET="$secret" DIRECT_LINE_DOMAIN="$url/v3/directline" \
  timeout 900 npx jest --no-cache --ci --testPathPattern '__tests__/happy\.' 2>&1 | tee "$work/jest.log" | grep -v '^\s*at '
status=${PIPESTATUS[0]}
exit "$status"
