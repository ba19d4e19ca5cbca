#!/usr/bin/env bash
# Benchmarks the report pages (a respondent's report, a coordinator's region view) against baselines measured in the
# same run (the same report as Markdown, the same view as CSV), prints the table and writes it into docs/reports.md
# between the bench:reports markers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[[ ${BENCH_SKIP_BUILD:-} == 1 ]] || dotnet build "$root/bench/SamenOpleiden.Advisor.Bench" -c Release -v quiet -nologo >/dev/null
table=$(dotnet "$root/bench/SamenOpleiden.Advisor.Bench/bin/Release/net10.0/SamenOpleiden.Advisor.Bench.dll" reports "$root/rules")
echo "$table"
content=$(mktemp)
trap 'rm -f "$content"' EXIT
printf '%s\n' "$table" >"$content"
"$root/bench/write-section.sh" reports "$content" "$root/docs/reports.md"
