#!/usr/bin/env bash
# Replaces the text between <!-- bench:NAME:start --> and <!-- bench:NAME:end --> in each FILE with the content of
# CONTENT_FILE; a file without those markers is left as it is. Used by every bench script that publishes numbers.
# usage: bench/write-section.sh NAME CONTENT_FILE FILE...
set -euo pipefail
name=$1 content=$2
shift 2
python3 - "$name" "$content" "$@" <<'PY'
import sys, re
name, content_path, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
content = open(content_path, encoding="utf-8").read().rstrip("\n")
start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
for path in paths:
    text = open(path, encoding="utf-8").read()
    if not pattern.search(text):
        print(f"{path}: no {start} marker, left unchanged", file=sys.stderr)
        continue
    text = pattern.sub(lambda _: f"{start}\n{content}\n{end}", text)
    open(path, "w", encoding="utf-8").write(text)
PY
