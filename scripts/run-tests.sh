#!/usr/bin/env bash
# Runs the .NET suites (and the Node suites when present) and sums their counts into one line.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
log=$(mktemp)
status=0
# Reliability tests append their counts here (passing tests' output is hidden by dotnet test); printed at the end.
export ADVISOR_RELIABILITY_LOG
ADVISOR_RELIABILITY_LOG=$(mktemp)

dotnet test "$root/SamenOpleiden.Advisor.sln" -c Release 2>&1 | tee "$log" || status=1

if [ -f "$root/scripts/run-node-tests.sh" ]; then
  bash "$root/scripts/run-node-tests.sh" 2>&1 | tee -a "$log" || status=1
fi

# dotnet prints "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12" per test project;
# the Node runner prints "# pass N" / "# fail N".
read -r passed failed skipped < <(awk '
  /Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+/ {
    match($0, /Failed: *[0-9]+/); f += substr($0, RSTART+7, RLENGTH-7)
    match($0, /Passed: *[0-9]+/); p += substr($0, RSTART+7, RLENGTH-7)
    match($0, /Skipped: *[0-9]+/); s += substr($0, RSTART+8, RLENGTH-8) }
  /^# pass [0-9]+/ { p += $3 }
  /^# fail [0-9]+/ { f += $3 }
  /^# skipped [0-9]+/ { s += $3 }
  END { print p+0, f+0, s+0 }' "$log")
rm -f "$log"
if [ -s "$ADVISOR_RELIABILITY_LOG" ]; then
  echo "counts the tests reported:"
  sort "$ADVISOR_RELIABILITY_LOG"
fi
rm -f "$ADVISOR_RELIABILITY_LOG"
[ "$failed" -gt 0 ] && status=1
[ "$passed" -eq 0 ] && { echo "no test ran" >&2; status=1; }
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
