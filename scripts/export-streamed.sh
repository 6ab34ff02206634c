#!/usr/bin/env bash
# The whole-database JSON export in a small heap: a synthetic database of N cases (made once, kept in
# the given folder) exported with -Xmx512m; prints the time, the file's size and the peak heap. Run on
# purpose (making a large database takes long), never in `mvn verify`; the figures go in
# docs/benchmarks.md.
#   scripts/export-streamed.sh [CASES (100000)] [DATABASE_FOLDER (target/bench-data/cases-N)] [HEAP (512m)]
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-100000}"
dir="${2:-target/bench-data/cases-$cases}"
heap="${3:-512m}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "$cases cases, heap -Xmx$heap, $(nproc) cores"
/usr/bin/time -f "wall %e s, peak resident memory %M KB" \
    java "-Xmx$heap" -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
    org.returnwatch.exchange.ExportInSmallHeap "$dir" "$cases" "$work/export.json"
