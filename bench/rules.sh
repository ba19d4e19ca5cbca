#!/usr/bin/env bash
# Benchmarks one full assessment evaluation against a RulesEngine baseline measured in the same run,
# prints the table and writes it into README.md between the bench:rules markers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/bench/SamenOpleiden.Advisor.Bench" -c Release -v quiet -nologo >/dev/null
table=$(dotnet "$root/bench/SamenOpleiden.Advisor.Bench/bin/Release/net10.0/SamenOpleiden.Advisor.Bench.dll" "$root/rules")
echo "$table"
python3 - "$root/README.md" "$table" <<'PY'
import sys, re
path, table = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
block = "<!-- bench:rules:start -->\n" + table + "\n<!-- bench:rules:end -->"
text = re.sub(r"<!-- bench:rules:start -->.*?<!-- bench:rules:end -->", lambda _: block, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
