#!/usr/bin/env bash
# What a code change does to the rules evaluation: builds the rules benchmark at two revisions (each in a git worktree
# of its own) and runs them alternately against the same rules/ folder (the working tree's, so only the code differs),
# BENCH_PAIRS (3) pairs, printing each run's median, p99, median ÷ the trivial session of that run, allocation per
# assessment and load average. Alternating makes other work on the machine hit both alike; compare pair by pair.
#   bench/rules-ab.sh <base-rev> [<rev>]      <rev> defaults to HEAD
# Shield it on a shared machine as bench/rules.sh's header says. The rules data must read the same at both revisions.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(( $# >= 1 && $# <= 2 )) || { echo "usage: bench/rules-ab.sh <base-rev> [<rev>]" >&2; exit 2; }
work=$(mktemp -d /tmp/rules-ab.XXXXXX)
cleanup() { # build runs in a subshell, so the worktrees are found by their folders
    local tree
    for tree in "$work/base" "$work/new"; do
        [[ -d $tree ]] && git -C "$root" worktree remove --force "$tree" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
build() { # label, revision -> the benchmark's assembly
    local tree=$work/$1
    git -C "$root" worktree add --detach --quiet "$tree" "$2"
    dotnet build "$tree/bench/SamenOpleiden.Advisor.Bench" -c Release -v quiet -nologo >/dev/null
    echo "$tree/bench/SamenOpleiden.Advisor.Bench/bin/Release/net10.0/SamenOpleiden.Advisor.Bench.dll"
}
base=$(build base "$1")
new=$(build new "${2:-HEAD}")
run() { # label, assembly -> one line
    local table
    table=$(dotnet "$2" "$root/rules")
    awk -F'|' -v label="$1" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v kib="$(grep -o '[0-9]* KiB allocated' <<<"$table")" \
        '/^\| advisor:/ { printf "%-6s median %s · p99 %s · ÷ baseline %s · %s · load %s\n", label, $3, $4, $5, kib, load }' <<<"$table"
}
echo "rules evaluation, ${BENCH_PAIRS:-3} pairs: base ($1), then new (${2:-HEAD})"
for ((pair = 1; pair <= ${BENCH_PAIRS:-3}; pair++)); do
    run base "$base"
    run new "$new"
done
