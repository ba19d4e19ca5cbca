#!/usr/bin/env bash
# What a runtime setting does to the rules evaluation: runs the rules benchmark (as bench/rules.sh does, without
# rewriting the README) alternately with and without the given environment settings, BENCH_PAIRS (3) pairs, and prints
# each run's median, p99 and median ÷ the trivial session of that run. Alternating makes other work on the machine hit
# both alike; compare pair by pair.
#   bench/rules-knob.sh DOTNET_TieredPGO=0
#   bench/rules-knob.sh DOTNET_GCgen0size=0x4000000 DOTNET_gcServer=0
# Shield it on a shared machine as bench/rules.sh's header says.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(( $# >= 1 )) || { echo "usage: bench/rules-knob.sh NAME=VALUE..." >&2; exit 2; }
for setting in "$@"; do [[ $setting == *=* ]] || { echo "not NAME=VALUE: $setting" >&2; exit 2; }; done
[[ ${BENCH_SKIP_BUILD:-} == 1 ]] || dotnet build "$root/bench/SamenOpleiden.Advisor.Bench" -c Release -v quiet -nologo >/dev/null
bench=$root/bench/SamenOpleiden.Advisor.Bench/bin/Release/net10.0/SamenOpleiden.Advisor.Bench.dll
run() { # label, then settings -> one line
    local label=$1 table
    shift
    table=$(env "$@" dotnet "$bench" "$root/rules")
    awk -F'|' -v label="$label" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
        '/^\| advisor:/ { printf "%-40s median %s · p99 %s · ÷ baseline %s · load %s\n", label, $3, $4, $5, load }' <<<"$table"
}
echo "rules evaluation, ${BENCH_PAIRS:-3} pairs: as configured, then with $*"
for ((pair = 1; pair <= ${BENCH_PAIRS:-3}; pair++)); do
    run "as configured"
    run "$*" "$@"
done
