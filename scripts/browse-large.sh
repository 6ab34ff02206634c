#!/usr/bin/env bash
# Browsing a large synthetic database in a small heap, as the window does through the app layer: every
# sort's first, middle and last page, a filtered search and a case opened, with -Xmx512m; prints each
# time and the peak heap. The database is made first with the benchmarks' `database` command (see
# docs/benchmarks.md). Run on purpose, never in `mvn verify`; the figures go in docs/benchmarks.md.
#   scripts/browse-large.sh [DATABASE_FOLDER (target/bench-data/cases-1000000)] [HEAP (512m)] [SORTS (all; e.g. NAME,RISK)]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-target/bench-data/cases-1000000}"
heap="${2:-512m}"
sorts="${3:-}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >/dev/null
echo "$dir, heap -Xmx$heap, $(nproc) cores"
/usr/bin/time -f "wall %e s, peak resident memory %M KB" \
    java "-Xmx$heap" -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
    org.returnwatch.app.BrowseInSmallHeap "$dir" ${sorts:+"$sorts"}
