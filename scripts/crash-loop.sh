#!/usr/bin/env bash
# Kills ReturnWatch with SIGKILL at random moments of a save, an import, a backup, a restore and a
# passphrase change, and checks after each kill that the database opens, verifies, kept every
# confirmed save and holds all of an import or none of it. Run on purpose (it takes a while), never
# as part of `mvn verify`:
#
#   scripts/crash-loop.sh [RUNS] [SEED]      (default 250 runs)
#
# The result table is the one in README.md and docs/crash-safety.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-250}"
seed="${2:-$RANDOM}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.returnwatch.store.CrashLoop "$runs" "$seed"
