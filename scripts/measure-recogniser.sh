#!/usr/bin/env bash
# Measures the free-text recogniser on the situation texts of the three shared cases against
# expected-phases.md ("also" counts as right, no proposal counts as not right) and prints the figure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec dotnet run --project "$root/src/SamenOpleiden.Advisor.Host" -c Release -- \
  recognise --measure "$root/tests/SamenOpleiden.Advisor.Conversation.Tests/TestData/cases"
