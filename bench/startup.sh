#!/usr/bin/env bash
# Start-up to the first answered turn, as bench/run measures it but repeated: publishes the advisor once (Release,
# ReadyToRun, as bench/run does), then starts it BENCH_STARTS times (7) on a fresh data folder and prints, per start,
# the seconds from starting the process to the first expectReplies turn answered with replies and the CPU seconds the
# process used by then, then the medians. Further publish folders (say a build of another branch) take turns with it
# start by start, so a busy machine affects every variant alike.
# usage: bench/startup.sh [PUBLISH_DIR...]      BENCH_SKIP_BUILD=1 reuses bench/bin/advisor
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
starts=${BENCH_STARTS:-7}
own=$root/bench/bin/advisor
if [[ ${BENCH_SKIP_BUILD:-} != 1 ]]; then
    dotnet publish "$root/src/SamenOpleiden.Advisor.Host/SamenOpleiden.Advisor.Host.csproj" -c Release -r linux-x64 --self-contained false \
        -p:PublishReadyToRun=true -o "$own" -v quiet -nologo >/dev/null
fi
variants=("$own" "$@")
work=$(mktemp -d /tmp/bench-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
body='{"type":"message","id":"startup-probe","channelId":"msteams","deliveryMode":"expectReplies","from":{"id":"startup-user"},"recipient":{"id":"bot"},"conversation":{"id":"startup"},"serviceUrl":"http://127.0.0.1:9/","locale":"nl-NL","text":"hallo"}'

# Prints "<seconds to the first answered turn> <CPU seconds by then>" for one start of the advisor in folder $1.
start_once() {
    local port data launched code cpu pid
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    data=$(mktemp -d "$work/data.XXXXXX")
    launched=$EPOCHREALTIME
    env ASPNETCORE_URLS="http://127.0.0.1:$port" Storage__SqlitePath="$data/advisor.db" ConnectionStrings__Sqlite="Data Source=$data/transcripts.db" \
        DirectLine__Secret=startup-bench-secret-0123456789 dotnet "$1/SamenOpleiden.Advisor.Host.dll" >"$data/log" 2>&1 &
    pid=$!
    while :; do
        code=$(curl -s -o "$data/answer.json" -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/api/messages" || true)
        if [[ $code == 200 ]] && grep -q '"activities":\[{' "$data/answer.json"; then break; fi
        if ! kill -0 "$pid" 2>/dev/null || awk -v s="$launched" -v n="$EPOCHREALTIME" 'BEGIN { exit !(n - s > 30) }'; then
            kill -KILL "$pid" 2>/dev/null || true
            tail -20 "$data/log" >&2
            echo "bench/startup.sh: $1 answered no turn within 30 s" >&2
            exit 2
        fi
        sleep 0.005
    done
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); split($0, f, " "); printf "%.2f", (f[12] + f[13]) / hz }' "/proc/$pid/stat")
    awk -v s="$launched" -v n="$EPOCHREALTIME" -v cpu="$cpu" 'BEGIN { printf "%.3f %s\n", n - s, cpu }'
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $starts starts per variant"
for round in $(seq "$starts"); do
    for i in "${!variants[@]}"; do
        result=$(start_once "${variants[$i]}") || exit 2
        echo "${variants[$i]} start $round: first answered turn after ${result% *} s, ${result#* } s CPU"
        echo "$result" >>"$work/variant-$i"
    done
done
for i in "${!variants[@]}"; do
    sort -n -k1,1 "$work/variant-$i" | awk -v name="${variants[$i]}" '{ wall[NR] = $1 } { cpu[NR] = $2 } END {
        n = NR; m = (n % 2) ? wall[(n + 1) / 2] : (wall[n / 2] + wall[n / 2 + 1]) / 2
        printf "%s: median %.2f s to the first answered turn (min %.2f, max %.2f) over %d starts\n", name, m, wall[1], wall[n], n }'
    sort -n -k2,2 "$work/variant-$i" | awk -v name="${variants[$i]}" '{ cpu[NR] = $2 } END {
        n = NR; printf "%s: median %.2f s CPU by then\n", name, (n % 2) ? cpu[(n + 1) / 2] : (cpu[n / 2] + cpu[n / 2 + 1]) / 2 }'
done
