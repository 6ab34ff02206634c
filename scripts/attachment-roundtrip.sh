#!/usr/bin/env bash
# A large evidence file through its whole life, in a JVM with a small heap: taken into an encrypted
# database, backed up, restored into a new database, written out again; the SHA-256 must be the same
# at every step. Run on purpose (it takes minutes), not in `mvn verify`; the result goes in
# docs/attachments.md.
#   scripts/attachment-roundtrip.sh [SIZE_MB (200)] [HEAP (256m)]
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-200}"
heap="${2:-256m}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "file ${size} MB, heap -Xmx${heap}, $(nproc) cores"
/usr/bin/time -f "wall %e s, peak resident memory %M KB" \
    java "-Xmx${heap}" -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
    org.returnwatch.app.AttachmentRoundTrip "$work" "$size"
